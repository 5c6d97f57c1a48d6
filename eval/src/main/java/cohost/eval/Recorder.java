package cohost.eval;

import cohost.wire.ServerFrame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a channel's frames with the moment each arrived, answers "what happened to message m", and lets the
 * runner wait for an event (a barge-in is sent after reply.started, say). Thread-safe: targets deliver frames from
 * their own threads.
 */
final class Recorder implements java.util.function.Consumer<ServerFrame> {

    /** One reply as it went: when it started and how it ended. */
    static final class Track {
        final String replyId;
        final List<String> inReplyTo = new ArrayList<>();
        String lang;
        String intent;
        long startedNanos = -1;
        long firstDeltaNanos = -1;
        long endedNanos = -1;
        ServerFrame.Reply end;

        Track(String replyId) {
            this.replyId = replyId;
        }

        boolean ended() {
            return end != null;
        }
    }

    private final Map<String, Long> sent = new LinkedHashMap<>();
    private final Map<String, Track> replies = new LinkedHashMap<>();
    private final Map<String, String> replyOf = new HashMap<>();
    private final Map<String, Long> joinedNanos = new HashMap<>();
    private final Map<String, ServerFrame> terminal = new HashMap<>();

    synchronized void sent(String messageId) {
        sent.put(messageId, System.nanoTime());
    }

    @Override
    public synchronized void accept(ServerFrame f) {
        long now = System.nanoTime();
        switch (f) {
            case ServerFrame.ReplyStarted s -> {
                Track t = track(s.replyId());
                t.startedNanos = now;
                t.lang = s.lang();
                t.intent = s.intent();
                t.inReplyTo.addAll(s.inReplyTo());
                s.inReplyTo().forEach(m -> replyOf.putIfAbsent(m, s.replyId()));
            }
            case ServerFrame.ReplyDelta d -> {
                Track t = track(d.replyId());
                if (t.firstDeltaNanos < 0) t.firstDeltaNanos = now;
            }
            case ServerFrame.ReplyDone d -> end(track(d.replyId()), d, now);
            case ServerFrame.ReplyCancelled c -> end(track(c.replyId()), c, now);
            case ServerFrame.Joined j -> {
                replyOf.putIfAbsent(j.inReplyTo(), j.replyId());
                joinedNanos.put(j.inReplyTo(), now);
            }
            case ServerFrame.Skipped s -> terminal.put(s.inReplyTo(), s);
            case ServerFrame.Error e -> {
                if (e.inReplyTo() != null) terminal.put(e.inReplyTo(), e);
            }
            case ServerFrame.Message m -> { } // the echo says what was understood, not what happened
            case ServerFrame.SpeechTranscript t -> { }
        }
        notifyAll();
    }

    private void end(Track t, ServerFrame.Reply e, long now) {
        if (t.end == null) {
            t.end = e;
            t.endedNanos = now;
        }
    }

    private Track track(String replyId) {
        return replies.computeIfAbsent(replyId, Track::new);
    }

    /** Whether the message has its final outcome: skipped, failed, or its reply (own or joined) ended. */
    synchronized boolean settled(String messageId) {
        if (terminal.containsKey(messageId)) return true;
        String r = replyOf.get(messageId);
        return r != null && replies.containsKey(r) && replies.get(r).ended();
    }

    /** Whether the message got any outcome yet (reply started, joined, skipped or failed). */
    synchronized boolean hasOutcome(String messageId) {
        return terminal.containsKey(messageId) || replyOf.containsKey(messageId);
    }

    /** Whether the event named as in a suite's {@code after: {event: ...}} has happened for the message. */
    synchronized boolean happened(String messageId, String event) {
        Track t = replies.get(replyOf.getOrDefault(messageId, ""));
        return switch (event) {
            case "reply.started" -> t != null && t.startedNanos >= 0;
            case "reply.delta" -> t != null && t.firstDeltaNanos >= 0;
            case "reply.done" -> t != null && t.end instanceof ServerFrame.ReplyDone;
            case "reply.cancelled" -> t != null && t.end instanceof ServerFrame.ReplyCancelled;
            case "outcome" -> hasOutcome(messageId);
            default -> throw new IllegalArgumentException(event);
        };
    }

    /** Waits until the condition holds or the deadline (System.nanoTime) passes; returns whether it holds. */
    synchronized boolean await(java.util.function.BooleanSupplier condition, long deadlineNanos)
            throws InterruptedException {
        while (!condition.getAsBoolean()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) return false;
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** What happened to the message, as far as seen. */
    synchronized Observation observe(String messageId) {
        Long sentAt = sent.get(messageId);
        ServerFrame term = terminal.get(messageId);
        String failure = term instanceof ServerFrame.Error e ? e.message() : null;
        if (term instanceof ServerFrame.Skipped s) {
            return new Observation(messageId, "skipped", s.reason(), null, null, null, null, null, null, List.of(),
                    null, false, null, null, null);
        }
        String replyId = replyOf.get(messageId);
        Track t = replyId == null ? null : replies.get(replyId);
        if (t == null) {
            return Observation.none(messageId, failure);
        }
        boolean joined = joinedNanos.containsKey(messageId);
        long startNanos = joined ? joinedNanos.get(messageId) : t.startedNanos;
        Double startedMs = sentAt == null || startNanos < 0 ? null : Math.max(0, (startNanos - sentAt) / 1e6);
        Double doneMs = sentAt == null || t.endedNanos < 0 ? null : Math.max(0, (t.endedNanos - sentAt) / 1e6);
        String outcome = joined ? "joined" : "replied";
        return switch (t.end) {
            case ServerFrame.ReplyDone d -> new Observation(messageId, outcome, null, replyId, startedMs, doneMs,
                    d.text(), d.lang() != null ? d.lang() : t.lang, d.intent() != null ? d.intent() : t.intent,
                    d.sources(), d.handoff(), false, null, d.hostText(), null);
            case ServerFrame.ReplyCancelled c -> new Observation(messageId, outcome, null, replyId, startedMs, doneMs,
                    c.delivered(), t.lang, c.intent() != null ? c.intent() : t.intent, List.of(), c.handoff(), true,
                    c.reason(), null, null);
            case null -> new Observation(messageId, outcome, null, replyId, startedMs, null, null, t.lang, t.intent,
                    List.of(), null, false, null, null, failure != null ? failure : "the reply never ended");
            default -> throw new IllegalStateException();
        };
    }

    /** Every reply seen, in the order they started. */
    synchronized List<Track> replies() {
        return List.copyOf(replies.values());
    }
}
