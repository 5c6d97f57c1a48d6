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
        /** Each piece of text as it arrived, for assertions over a window of time. */
        final List<Piece> pieces = new ArrayList<>();

        Track(String replyId) {
            this.replyId = replyId;
        }

        boolean ended() {
            return end != null;
        }
    }

    /** Text that went out at a moment: a delta, or a whole reply when the target sends no deltas. */
    record Piece(long nanos, String text) {
    }

    private final Map<String, Long> sent = new LinkedHashMap<>();
    /** Sent messages without an outcome yet, and replies started and not ended: the room is idle when both are empty. */
    private final java.util.Set<String> awaiting = new java.util.HashSet<>(), open = new java.util.HashSet<>();
    /** The moments the room became idle, in order. */
    private final List<Long> idleAt = new ArrayList<>();
    private boolean idle = true;
    private final Map<String, ServerFrame.Message> echoes = new HashMap<>();
    private final Map<String, Track> replies = new LinkedHashMap<>();
    private final Map<String, String> replyOf = new HashMap<>();
    private final Map<String, Long> joinedNanos = new HashMap<>();
    private final Map<String, ServerFrame> terminal = new HashMap<>();

    synchronized void sent(String messageId) {
        sent.put(messageId, System.nanoTime());
        awaiting.add(messageId);
        idle = false;
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
                s.inReplyTo().forEach(awaiting::remove);
                if (t.end == null && open.add(s.replyId())) idle = false;
            }
            case ServerFrame.ReplyDelta d -> {
                Track t = track(d.replyId());
                if (t.firstDeltaNanos < 0) t.firstDeltaNanos = now;
                if (d.text() != null) t.pieces.add(new Piece(now, d.text()));
            }
            case ServerFrame.ReplyDone d -> end(track(d.replyId()), d, now);
            case ServerFrame.ReplyCancelled c -> end(track(c.replyId()), c, now);
            case ServerFrame.Joined j -> {
                replyOf.putIfAbsent(j.inReplyTo(), j.replyId());
                joinedNanos.put(j.inReplyTo(), now);
                awaiting.remove(j.inReplyTo());
            }
            case ServerFrame.Skipped s -> {
                terminal.put(s.inReplyTo(), s);
                awaiting.remove(s.inReplyTo());
            }
            case ServerFrame.Error e -> {
                if (e.inReplyTo() != null) {
                    terminal.put(e.inReplyTo(), e);
                    awaiting.remove(e.inReplyTo());
                }
            }
            case ServerFrame.Message m -> {
                if (m.id() != null) echoes.putIfAbsent(m.id(), m); // what was understood, not what happened
            }
            case ServerFrame.SpeechTranscript t -> { }
            case ServerFrame.RoomState r -> { } // the console's: the host's hold and the product on screen
            case ServerFrame.Handoff h -> { } // the console's handoff queue
            case ServerFrame.Notice n -> { } // the AI reminder: answers nobody
        }
        if (!idle && awaiting.isEmpty() && open.isEmpty()) {
            idle = true;
            idleAt.add(now);
        }
        notifyAll();
    }

    private void end(Track t, ServerFrame.Reply e, long now) {
        if (t.end == null) {
            t.end = e;
            t.endedNanos = now;
            open.remove(t.replyId);
            if (t.pieces.isEmpty()) { // the target sent the text whole
                String text = e instanceof ServerFrame.ReplyDone d ? d.text()
                        : ((ServerFrame.ReplyCancelled) e).delivered();
                if (text != null) t.pieces.add(new Piece(now, text));
            }
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

    /** When the message was sent (System.nanoTime), or now if it was not. */
    synchronized long sentNanos(String messageId) {
        return sent.getOrDefault(messageId, System.nanoTime());
    }

    /** Every sent message has its outcome and no reply is streaming. */
    synchronized boolean idle() {
        return idle;
    }

    /** Whether a message was understood (the room's echo), and as what: its intent wire name, or null. */
    synchronized String understoodIntent(String messageId) {
        ServerFrame.Message m = echoes.get(messageId);
        return m == null ? null : m.intent();
    }

    /** Everything the room said from the moment the message was sent, and when it next went idle. */
    synchronized Expectation.Timeline timeline(String messageId) {
        Long from = sent.get(messageId);
        if (from == null) return Expectation.Timeline.NONE;
        Double idleAfter = idleAt.stream().filter(t -> t > from).findFirst().map(t -> (t - from) / 1e6).orElse(null);
        List<Expectation.Said> said = new ArrayList<>();
        for (Track t : replies.values()) {
            for (Piece p : t.pieces) {
                if (p.nanos() >= from) said.add(new Expectation.Said(t.replyId, List.copyOf(t.inReplyTo), "reply",
                        p.text(), (p.nanos() - from) / 1e6));
            }
            if (t.end instanceof ServerFrame.ReplyDone d && d.hostText() != null && t.endedNanos >= from) {
                said.add(new Expectation.Said(t.replyId, List.copyOf(t.inReplyTo), "host text", d.hostText(),
                        (t.endedNanos - from) / 1e6));
            }
        }
        return new Expectation.Timeline(idleAfter, said);
    }

    /** Every reply seen, in the order they started. */
    synchronized List<Track> replies() {
        return List.copyOf(replies.values());
    }
}
