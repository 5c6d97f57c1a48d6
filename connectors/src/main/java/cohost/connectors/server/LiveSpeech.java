package cohost.connectors.server;

import cohost.engine.Role;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.speech.AudioException;
import cohost.engine.speech.SpeechRecognizer;
import cohost.wire.ClientFrame;
import cohost.wire.ServerFrame;
import cohost.wire.WireJson;

import java.time.Instant;

/**
 * Voice on one live socket, through the engine's {@link SpeechRecognizer} port: {@code speech.start} opens a stream,
 * binary frames feed it, {@code speech.end} ends it. Transcripts go back to the socket; a final transcript becomes a spoken message to the room, answered like chat.
 * Host speech onset is the room's host-speaking barge-in (held until the utterance ends); a viewer's final
 * supersedes that viewer's reply in flight through the room's usual barge-in rule. Binary frames carry no stream
 * id, so one stream is open per socket at a time: a new {@code speech.start} ends the previous stream.
 */
final class LiveSpeech implements AutoCloseable {
    private final SpeechRecognizer speech;
    private final LiveClient client;
    private final LiveRooms.LiveRoom room;
    private SpeechRecognizer.Stream stream;
    private String streamId;

    LiveSpeech(SpeechRecognizer speech, LiveClient client, LiveRooms.LiveRoom room) {
        this.speech = speech;
        this.client = client;
        this.room = room;
    }

    synchronized void start(ClientFrame.SpeechStart frame, Speaker speaker) {
        requireSpeech("speech.start");
        close(); // the previous stream, if any, delivers its final first
        String lang = frame.lang() != null ? frame.lang() : speaker.lang(); // null: the default model
        try {
            stream = speech.open(lang, frame.sampleRate(), new Listener(frame.stream(), speaker));
            streamId = frame.stream();
        } catch (AudioException e) {
            throw new ApiError(400, e.code(), e.getMessage());
        }
    }

    synchronized void audio(byte[] pcm) {
        requireSpeech("binary audio frame");
        if (stream == null) {
            throw new ApiError(400, "no_stream", "binary audio frame before speech.start");
        }
        run(() -> stream.accept(pcm));
    }

    synchronized void end(ClientFrame.SpeechEnd frame) {
        requireSpeech("speech.end");
        String id = frame.stream();
        if (stream == null || (id != null && !id.equals(streamId))) {
            throw new ApiError(400, "no_stream", "speech.end for stream '" + id + "', which is not open");
        }
        try {
            run(stream::end);
        } finally {
            stream.close();
            stream = null;
        }
    }

    /** Ends the open stream (its final still goes to the room) and frees its recognizer. */
    @Override
    public synchronized void close() {
        if (stream != null) {
            try {
                stream.end();
            } catch (AudioException ignored) {
                // a stream without audio has nothing to deliver
            } finally {
                stream.close();
                stream = null;
            }
        }
    }

    private void requireSpeech(String what) {
        if (!speech.available()) {
            throw new ApiError(400, "speech_unavailable", "speech input is not available on this server ("
                    + what + " ignored); start it with --vosk-model, or send chat frames");
        }
    }

    private static void run(Runnable r) {
        try {
            r.run();
        } catch (AudioException e) {
            throw new ApiError(400, e.code(), e.getMessage());
        }
    }

    private final class Listener implements SpeechRecognizer.Listener {
        private final String id;
        private final Speaker speaker;
        private int utterances;
        private boolean holding;

        Listener(String id, Speaker speaker) {
            this.id = id;
            this.speaker = speaker;
        }

        @Override
        public void onSpeechStart() {
            if (speaker.role() == Role.HOST) {
                holding = true;
                room.hostSpeaking(true);
            }
        }

        @Override
        public void onPartial(String text) {
            client.send(transcript(text, false));
        }

        @Override
        public void onFinal(String text) {
            client.send(transcript(text, true));
            room.say(new Utterance(id + "." + (++utterances), speaker, text, true, Instant.now()));
        }

        @Override
        public void onSpeechEnd() {
            if (holding) {
                holding = false;
                room.hostSpeaking(false);
            }
        }

        private String transcript(String text, boolean last) {
            return WireJson.write(new ServerFrame.SpeechTranscript(id, text, last));
        }
    }
}
