package cohost.eval;

import cohost.engine.Role;
import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.ReplayResult;
import cohost.eval.Results.TurnResult;
import cohost.eval.Suite.Conversation;
import cohost.eval.Suite.Replay;
import cohost.eval.Suite.ReplayMessage;
import cohost.eval.Suite.Showing;
import cohost.eval.Suite.SpeakerDef;
import cohost.eval.Suite.Step;
import cohost.eval.Suite.TurnSpec;
import cohost.wire.ServerFrame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays conversations and replays against a {@link Target} and checks their assertions.
 *
 * <p>Timing: a step without {@code at}/{@code after} waits until every earlier turn has settled; {@code at} is
 * measured from the conversation's start; {@code after} waits for an event of an earlier turn, then the delay. All
 * of these are in run time, the target's {@link RunClock}: real against a server, the engine's virtual time
 * in-process. A room is closed only once its last reply has ended (a paced reply may outlast the last check).
 *
 * @param settleMs how long (run time) to wait for a message's outcome before giving up on it
 */
public record Runner(Target target, Grounding grounding, Judge judge, long settleMs) {
    private static final AtomicLong RUNS = new AtomicLong();
    /** A turn with nothing to check (a host aside) holds up the next turn at most this long. */
    private static final long UNCHECKED_SETTLE_MS = 1000;

    public ConversationResult run(String suite, Conversation c, int run) {
        String channelId = c.id() + "-" + run + "-" + RUNS.incrementAndGet();
        RunClock clock = target.clock();
        Recorder rec = new Recorder(clock::nanoTime);
        Map<String, TurnSpec> sentTurns = new LinkedHashMap<>();
        String error = null;
        try (Target.Channel ch = c.isRoom() ? target.room(channelId, rec) : target.desk(channelId, rec)) {
            long start = clock.nanoTime();
            for (Step step : c.steps()) {
                var t = step.timing();
                if (t.atMs() != null) {
                    clock.sleepUntil(start, t.atMs());
                } else if (t.afterTurn() != null) {
                    String of = messageId(t.afterTurn());
                    if (!clock.await(rec, () -> rec.happened(of, t.afterEvent()), settleMs)) {
                        error = "turn " + t.afterTurn() + ": no " + t.afterEvent() + " within " + settleMs + " ms";
                        break;
                    }
                    if (t.delayMs() > 0) clock.sleepUntil(clock.nanoTime(), t.delayMs());
                } else {
                    settle(clock, rec, sentTurns);
                }
                switch (step) {
                    case Showing s -> ch.show(s.sku());
                    case Suite.HostSpeaking h -> ch.hostSpeaking(h.on());
                    case TurnSpec turn -> {
                        String id = messageId(turn.id());
                        rec.sent(id);
                        sentTurns.put(id, turn);
                        ch.say(id, c.speakers().get(turn.speaker()), turn.text(), turn.audio(), clock.instant());
                    }
                }
            }
            settle(clock, rec, sentTurns);
            watchWindows(clock, rec, sentTurns);
            // a paced reply may still be speaking after the last check: closing the room now would cut it
            clock.await(rec, rec::repliesEnded, settleMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (RuntimeException e) {
            error = "could not run: " + e.getMessage();
        }
        List<TurnResult> turns = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (TurnSpec turn : c.turns()) {
            SpeakerDef sp = c.speakers().get(turn.speaker());
            if (turn.text() != null) said.add(turn.text());
            String id = messageId(turn.id());
            Observation o = sentTurns.containsKey(id) ? rec.observe(id) : Observation.none(id, "not sent");
            var ctx = new Expectation.TurnContext(grounding, turn.text(), List.copyOf(said), judge, rec.timeline(id),
                    rec.understoodIntent(id));
            List<Check> checks = new ArrayList<>();
            for (Expectation e : withConversationLang(c, turn)) checks.add(e.check(o, ctx));
            String expectedIntent = turn.expect().stream().filter(Expectation.Intent.class::isInstance)
                    .map(e -> ((Expectation.Intent) e).intent()).findFirst().orElse(null);
            turns.add(new TurnResult(turn.id(), turn.speaker(), sp.role().wireName(), turn.text(), turn.line(), o, checks,
                    sp.lang() != null ? sp.lang() : c.lang(), sp.country(), expectedIntent, rec.understoodIntent(id)));
        }
        return new ConversationResult(suite, c.id(), c.description(), c.isRoom() ? "room" : "desk", c.xfail(), run,
                c.line(), turns, error);
    }

    /**
     * A conversation's {@code lang} expects every checked reply in that language, unless the turn names its own or
     * expects no reply text (skipped, or cancelled).
     */
    private static List<Expectation> withConversationLang(Conversation c, TurnSpec turn) {
        List<Expectation> e = turn.expect();
        boolean noText = e.stream().anyMatch(x -> x instanceof Expectation.Lang || x instanceof Expectation.NoReply
                || (x instanceof Expectation.Outcome o && o.outcome().equals("skipped"))
                || (x instanceof Expectation.Cancelled k && k.expected()))
                || e.stream().allMatch(x -> x instanceof Expectation.Absent);
        if (c.lang() == null || e.isEmpty() || noText) return e;
        List<Expectation> out = new ArrayList<>(e);
        out.add(0, new Expectation.Lang(c.lang()));
        return out;
    }

    /**
     * Assertions over a window ({@code no_reply}, {@code absent}) need the room watched until it is idle, and until
     * each explicit window has passed since its turn was sent.
     */
    private void watchWindows(RunClock clock, Recorder rec, Map<String, TurnSpec> sent) throws InterruptedException {
        long longest = -1;
        for (TurnSpec t : sent.values()) {
            for (Expectation e : t.expect()) {
                Long w = switch (e) {
                    case Expectation.NoReply n -> n.windowMs() == null ? 0L : n.windowMs();
                    case Expectation.Absent a -> a.windowMs() == null ? 0L : a.windowMs();
                    default -> null;
                };
                if (w != null) longest = Math.max(longest, w);
            }
        }
        if (longest < 0) return;
        clock.await(rec, rec::idle, settleMs);
        for (var e : sent.entrySet()) {
            clock.sleepUntil(rec.sentNanos(e.getKey()), longest + 1);
        }
    }

    private void settle(RunClock clock, Recorder rec, Map<String, TurnSpec> sent) throws InterruptedException {
        for (var e : sent.entrySet()) {
            long wait = e.getValue().expect().isEmpty() ? Math.min(settleMs, UNCHECKED_SETTLE_MS) : settleMs;
            clock.await(rec, () -> rec.settled(e.getKey()), wait);
        }
    }

    private static String messageId(String turnId) {
        return turnId;
    }

    // ---- replays

    /** A latency budget's verdict says on which clock the room waited, so in-process and remote figures are read right. */
    private Check explainTime(Check c) {
        if (!c.assertion().equals("p95_started_within")) return c;
        String note = target.clock() instanceof RunClock.Real
                ? "real time against a server: its answer-rate cap and queue waits are real"
                : "in-process on virtual time: the room's answer-rate cap, queue waits and pacing exactly, computing"
                + " time not counted (measure that against a server)";
        return new Check(c.assertion(), c.status(), c.detail() + " (" + note + ")");
    }

    public ReplayResult run(String suite, Replay replay, int run) {
        String roomId = replay.id() + "-" + run + "-" + RUNS.incrementAndGet();
        RunClock clock = target.clock();
        Recorder rec = new Recorder(clock::nanoTime);
        String error = null;
        List<ReplayMessage> sent = new ArrayList<>();
        Map<String, SpeakerDef> viewers = new HashMap<>();
        try (Target.Channel ch = target.room(roomId, rec)) {
            if (replay.showing() != null) ch.show(replay.showing());
            long start = clock.nanoTime();
            for (ReplayMessage m : replay.messages()) {
                clock.sleepUntil(start, m.atMs());
                SpeakerDef v = viewers.computeIfAbsent(m.viewer(),
                        id -> new SpeakerDef(id, Role.VIEWER, id, id, m.lang(), m.country()));
                rec.sent(m.id());
                sent.add(m);
                ch.say(m.id(), v, m.text(), null, clock.instant());
            }
            long deadline = clock.nanoTime() + settleMs * 1_000_000;
            for (ReplayMessage m : sent) {
                clock.await(rec, () -> rec.settled(m.id()), Math.max(0, (deadline - clock.nanoTime()) / 1_000_000));
            }
            clock.await(rec, rec::repliesEnded, settleMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (RuntimeException e) {
            error = "could not run: " + e.getMessage();
        }
        Map<String, Observation> byMessage = new LinkedHashMap<>();
        Map<String, Integer> outcomes = new TreeMap<>(), skipReasons = new TreeMap<>();
        Map<String, String> topicOf = new HashMap<>();
        for (ReplayMessage m : replay.messages()) {
            Observation o = rec.observe(m.id());
            byMessage.put(m.id(), o);
            topicOf.put(m.id(), m.topic());
            outcomes.merge(o.outcome(), 1, Integer::sum);
            if (o.skipReason() != null) skipReasons.merge(o.skipReason(), 1, Integer::sum);
        }
        List<ReplayExpectation.ReplyText> replies = new ArrayList<>();
        for (Recorder.Track t : rec.replies()) {
            if (t.inReplyTo.isEmpty()) continue;
            String topic = topicOf.getOrDefault(t.inReplyTo.get(0), "default");
            switch (t.end) {
                case ServerFrame.ReplyDone d -> replies.add(new ReplayExpectation.ReplyText(t.replyId, topic,
                        d.lang() != null ? d.lang() : t.lang, d.text(), false));
                case ServerFrame.ReplyCancelled c -> replies.add(new ReplayExpectation.ReplyText(t.replyId, topic, t.lang,
                        c.delivered(), true));
                case null, default -> { }
            }
        }
        var obs = new ReplayExpectation.ReplayObservation(replay.messages(), byMessage, replies);
        List<Check> checks = replay.expect().stream().map(e -> explainTime(e.check(obs))).toList();
        Map<String, ReplayExpectation.ReplyText> samples = new TreeMap<>();
        replies.stream().filter(r -> !r.cancelled()).forEach(r -> samples.putIfAbsent(r.lang() + "/" + r.topic(), r));
        return new ReplayResult(suite, replay.id(), replay.description(), replay.xfail(), run, replay.line(),
                replay.messages().size(), replay.durationMs(), clock.speed(), outcomes, skipReasons, replies.size(),
                obs.startedMs(), List.copyOf(samples.values()), checks, error);
    }
}
