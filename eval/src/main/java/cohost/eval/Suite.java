package cohost.eval;

import cohost.engine.Role;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed suite file: the store it runs against, scripted conversations and room replays.
 *
 * @param kbDir the KB folder (resolved against the suite file), or null for the bundled demo store
 * @param pace  characters per second at which in-process live-room replies are spoken (run time), or 0 to send
 *              them whole; remote runs get the server's own pace
 */
public record Suite(Path file, String name, Path kbDir, int pace, List<Conversation> conversations,
                    List<Replay> replays) {

    /** Someone who speaks in a conversation. {@code lang} and {@code country} are declared, or null to detect. */
    public record SpeakerDef(String name, Role role, String id, String displayName, String lang, String country) {
    }

    /**
     * A scripted dialogue. It runs as a desk conversation when every speaker is a customer, else in a live room.
     *
     * @param lang  the conversation's language: every reply is expected in it unless a turn says otherwise; or null
     * @param xfail why this conversation is expected to fail (reported, not counted), or null
     */
    public record Conversation(String id, String description, String lang, String xfail,
                               Map<String, SpeakerDef> speakers, List<Step> steps, int line) {
        public boolean isRoom() {
            return speakers.values().stream().anyMatch(s -> s.role() != Role.CUSTOMER)
                    || steps.stream().anyMatch(HostSpeaking.class::isInstance);
        }

        public List<TurnSpec> turns() {
            return steps.stream().filter(TurnSpec.class::isInstance).map(TurnSpec.class::cast).toList();
        }
    }

    /** A step of a conversation: something said, a product put on screen, or the host starting or stopping talking. */
    public sealed interface Step {
        Timing timing();
    }

    /** The product on screen from now on ("this one"). Steps other than turns take no turn id. */
    public record Showing(String sku, Timing timing) implements Step {
    }

    /** The host starts ({@code on}) or stops talking: on cancels the replies in flight and holds new ones until off. */
    public record HostSpeaking(boolean on, Timing timing) implements Step {
    }

    /**
     * One message and what its reply must satisfy.
     *
     * @param text  what is said, or the stand-in transcript of {@code audio} for in-process runs; may be null with audio
     * @param audio a 16-bit PCM WAV file sent as speech to a server, or null
     */
    public record TurnSpec(String id, String speaker, String text, Path audio, Timing timing,
                           List<Expectation> expect, int line) implements Step {
    }

    /**
     * When a step is sent. With neither {@code atMs} nor {@code afterTurn}, it waits until every earlier turn has
     * settled (its reply finished, or it was joined or skipped).
     *
     * @param atMs       ms from the start of the conversation, or null
     * @param afterEvent reply.started, reply.delta (the first), reply.done, reply.cancelled or outcome
     * @param afterTurn  the turn id whose event is awaited, or null
     * @param delayMs    added after the event
     */
    public record Timing(Long atMs, String afterEvent, String afterTurn, long delayMs) {
        public static final Timing SEQUENTIAL = new Timing(null, null, null, 0);
    }

    /**
     * A timed stream of many viewers' messages into one room, with aggregate assertions.
     *
     * @param showing the product on screen during the replay, or null
     */
    public record Replay(String id, String description, String showing, List<ReplayMessage> messages,
                         List<ReplayExpectation> expect, String xfail, int line) {
        public long durationMs() {
            return messages.stream().mapToLong(ReplayMessage::atMs).max().orElse(0);
        }
    }

    /** One chat message of a replay; {@code topic} groups messages that ask the same thing in any language. */
    public record ReplayMessage(long atMs, String id, String viewer, String lang, String country, String text,
                                String topic) {
    }
}
