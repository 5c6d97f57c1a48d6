package cohost.connectors.speech;

import cohost.engine.speech.AudioException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A decoded WAV file: 16-bit PCM mono samples at {@code sampleRate}. Stereo (or more channels) is averaged down to
 * mono. Accepts RIFF/WAVE with format 1 (PCM) or WAVE_FORMAT_EXTENSIBLE with the PCM sub-format; skips chunks it
 * does not know (LIST, fact, bext...).
 */
public record Wav(int sampleRate, short[] samples) {
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    /** Parses {@code bytes}; every problem is an {@link AudioException} naming the offending field. */
    public static Wav parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) {
            throw new AudioException(AudioException.BAD_HEADER,
                    "not a WAV file: expected a RIFF header with form type WAVE at byte 0");
        }
        int channels = 0;
        int sampleRate = 0;
        int pos = 12;
        while (pos + 8 <= bytes.length) {
            String id = new String(bytes, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(in.getInt(pos + 4));
            int body = pos + 8;
            if (id.equals("fmt ")) {
                if (size < 16 || body + size > bytes.length) {
                    throw new AudioException(AudioException.BAD_HEADER,
                            "WAV fmt chunk at byte " + pos + " is " + size + " bytes; expected at least 16 inside the file");
                }
                int format = in.getShort(body) & 0xffff;
                channels = in.getShort(body + 2) & 0xffff;
                sampleRate = in.getInt(body + 4);
                int bits = in.getShort(body + 14) & 0xffff;
                if (format == FORMAT_EXTENSIBLE && size >= 40) {
                    format = in.getShort(body + 24) & 0xffff; // first two bytes of the sub-format GUID
                }
                if (format != FORMAT_PCM || bits != 16) {
                    throw new AudioException(AudioException.UNSUPPORTED_ENCODING, "WAV encoding " + encodingName(format)
                            + " with " + bits + "-bit samples is not supported; send 16-bit integer PCM");
                }
                if (channels < 1) {
                    throw new AudioException(AudioException.BAD_HEADER, "WAV fmt chunk declares 0 channels");
                }
                Pcm.checkRate(sampleRate);
            } else if (id.equals("data")) {
                if (channels == 0) {
                    throw new AudioException(AudioException.BAD_HEADER,
                            "WAV data chunk at byte " + pos + " comes before any fmt chunk");
                }
                // Streaming writers leave the size at 0 or 0xFFFFFFFF: then the data runs to the end of the file.
                long length = (size == 0 || body + size > bytes.length) ? bytes.length - body : size;
                int frameBytes = 2 * channels;
                if (length % frameBytes != 0) {
                    throw new AudioException(AudioException.ODD_BYTE_COUNT, "WAV data chunk holds " + length
                            + " bytes, not a whole number of " + frameBytes + "-byte frames (16-bit, " + channels + " channels)");
                }
                if (length == 0) {
                    throw new AudioException(AudioException.EMPTY_AUDIO, "WAV data chunk holds no samples");
                }
                return new Wav(sampleRate, downmix(Pcm.samples(bytes, body, (int) length), channels));
            }
            pos = (int) Math.min(bytes.length, body + size + (size & 1)); // chunks are padded to even sizes
        }
        throw new AudioException(channels == 0 ? AudioException.BAD_HEADER : AudioException.EMPTY_AUDIO,
                channels == 0 ? "WAV file has no fmt chunk" : "WAV file has no data chunk");
    }

    double seconds() {
        return (double) samples.length / sampleRate;
    }

    private static short[] downmix(short[] interleaved, int channels) {
        if (channels == 1) {
            return interleaved;
        }
        short[] mono = new short[interleaved.length / channels];
        for (int i = 0; i < mono.length; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i * channels + c];
            }
            mono[i] = (short) (sum / channels);
        }
        return mono;
    }

    private static boolean tag(byte[] bytes, int at, String tag) {
        for (int i = 0; i < 4; i++) {
            if (bytes[at + i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String encodingName(int format) {
        return switch (format) {
            case FORMAT_PCM -> "PCM";
            case 3 -> "IEEE float";
            case 6 -> "A-law";
            case 7 -> "mu-law";
            case 2 -> "ADPCM";
            default -> "format " + format;
        };
    }
}
