package cohost.connectors.speech;

import cohost.engine.speech.AudioException;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WavTest {

    /** A WAV with a hand-written fmt chunk body, optional extra chunk before data, and raw data bytes. */
    static byte[] wav(byte[] fmtBody, byte[] extraChunk, byte[] data) {
        int size = 4 + 8 + fmtBody.length + extraChunk.length + 8 + data.length;
        ByteBuffer b = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(size).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(fmtBody.length).put(fmtBody);
        b.put(extraChunk);
        b.put("data".getBytes()).putInt(data.length).put(data);
        return b.array();
    }

    static byte[] fmt(int format, int channels, int rate, int bits) {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putShort((short) format)
                .putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits).array();
    }

    static byte[] extensible(int subFormat, int channels, int rate, int bits) {
        return ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN).put(fmt(0xFFFE, channels, rate, bits))
                .putShort((short) 22).putShort((short) bits).putInt(channels == 2 ? 3 : 4)
                .putShort((short) subFormat).put(new byte[14]).array();
    }

    static byte[] samples(int... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    static final byte[] NONE = new byte[0];

    static String codeOf(byte[] bytes) {
        try {
            Wav.parse(bytes);
            return "parsed";
        } catch (AudioException e) {
            return e.code();
        }
    }

    @Test
    void readsMonoPcm() {
        Wav wav = Wav.parse(wav(fmt(1, 1, 16000, 16), NONE, samples(1, -2, 300)));

        assertThat(wav.sampleRate()).isEqualTo(16000);
        assertThat(wav.samples()).containsExactly((short) 1, (short) -2, (short) 300);
    }

    @Test
    void averagesStereoDownToMono() {
        Wav wav = Wav.parse(wav(fmt(1, 2, 44100, 16), NONE, samples(100, 300, -1000, -3000)));

        assertThat(wav.sampleRate()).isEqualTo(44100);
        assertThat(wav.samples()).containsExactly((short) 200, (short) -2000);
    }

    @Test
    void acceptsWaveFormatExtensibleWithThePcmSubFormat() {
        Wav wav = Wav.parse(wav(extensible(1, 2, 48000, 16), NONE, samples(10, 20)));

        assertThat(wav.samples()).containsExactly((short) 15);
    }

    @Test
    void skipsChunksItDoesNotKnowIncludingOddSizedOnesWithTheirPadByte() {
        byte[] list = ByteBuffer.allocate(8 + 6).order(ByteOrder.LITTLE_ENDIAN)
                .put("LIST".getBytes()).putInt(5).put(new byte[] {'I', 'N', 'F', 'O', 'x', 0}).array();

        Wav wav = Wav.parse(wav(fmt(1, 1, 8000, 16), list, samples(7, 8)));

        assertThat(wav.samples()).containsExactly((short) 7, (short) 8);
    }

    @Test
    void refusesWhatIsNotAWavFile() {
        assertThat(codeOf("hello, this is not audio at all".getBytes())).isEqualTo(AudioException.BAD_HEADER);
        assertThat(codeOf(new byte[3])).isEqualTo(AudioException.BAD_HEADER);
        byte[] noFmt = ByteBuffer.allocate(12).put("RIFF".getBytes()).putInt(4).put("WAVE".getBytes()).array();
        assertThat(codeOf(noFmt)).isEqualTo(AudioException.BAD_HEADER);
    }

    @Test
    void refusesEncodingsOtherThan16BitIntegerPcm() {
        assertThat(codeOf(wav(fmt(3, 1, 16000, 32), NONE, new byte[8]))).isEqualTo(AudioException.UNSUPPORTED_ENCODING);
        assertThat(codeOf(wav(fmt(1, 1, 16000, 8), NONE, new byte[8]))).isEqualTo(AudioException.UNSUPPORTED_ENCODING);
        assertThat(codeOf(wav(fmt(1, 1, 16000, 24), NONE, new byte[6]))).isEqualTo(AudioException.UNSUPPORTED_ENCODING);
        assertThat(codeOf(wav(fmt(7, 1, 8000, 8), NONE, new byte[8]))).isEqualTo(AudioException.UNSUPPORTED_ENCODING);
        assertThat(codeOf(wav(extensible(3, 1, 16000, 32), NONE, new byte[8])))
                .isEqualTo(AudioException.UNSUPPORTED_ENCODING);
    }

    @Test
    void namesTheEncodingItRefuses() {
        assertThatThrownBy(() -> Wav.parse(wav(fmt(7, 1, 8000, 8), NONE, new byte[8])))
                .hasMessageContaining("mu-law").hasMessageContaining("16-bit integer PCM");
    }

    @Test
    void refusesSampleRatesOutsideTheSupportedSet() {
        assertThatThrownBy(() -> Wav.parse(wav(fmt(1, 1, 11025, 16), NONE, samples(1))))
                .isInstanceOf(AudioException.class)
                .hasFieldOrPropertyWithValue("code", AudioException.UNSUPPORTED_SAMPLE_RATE)
                .hasMessageContaining("11025");
    }

    @Test
    void refusesDataThatIsNotWholeFrames() {
        assertThat(codeOf(wav(fmt(1, 1, 16000, 16), NONE, new byte[5]))).isEqualTo(AudioException.ODD_BYTE_COUNT);
        assertThat(codeOf(wav(fmt(1, 2, 16000, 16), NONE, new byte[6]))).isEqualTo(AudioException.ODD_BYTE_COUNT);
    }

    @Test
    void refusesAFileWithoutSamples() {
        assertThat(codeOf(wav(fmt(1, 1, 16000, 16), NONE, NONE))).isEqualTo(AudioException.EMPTY_AUDIO);
        byte[] fmtOnly = ByteBuffer.allocate(12 + 8 + 16).order(ByteOrder.LITTLE_ENDIAN).put("RIFF".getBytes())
                .putInt(28).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16).put(fmt(1, 1, 16000, 16)).array();
        assertThat(codeOf(fmtOnly)).isEqualTo(AudioException.EMPTY_AUDIO);
    }
}
