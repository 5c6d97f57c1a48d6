package cohost.engine.room;

import cohost.engine.BargeIn;
import cohost.engine.Intent;
import cohost.engine.Question;
import cohost.engine.Reply;
import cohost.engine.ReplyEvent;
import cohost.engine.Role;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.Understanding;
import cohost.engine.Utterance;
import cohost.engine.answer.Facts;
import cohost.engine.time.TimeSource;
import cohost.engine.understand.Backchannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One live room: many viewers, one host. It decides which messages get answered, which join an answer already given
 * and which are skipped, and emits every decision to its listener as {@link RoomEvent}s.
 *
 * <ul>
 *   <li>The same question asked while it is being answered, or within {@link RoomPolicy#dedupWindow()} after, joins
 *       that answer: one canonical answer, rendered once per language present and addressed to every asker. "The
 *       same" means the same facts for each asker ({@link Question#facts()}: intent, destination from the text else
 *       the asker's declared country, product and variant), so viewers in Brazil and Portugal typing the same words
 *       get their own country's facts.</li>
 *   <li>Host and moderator go first, then purchase questions, then small talk; a per-viewer rate limit and a room
 *       answer-rate cap keep the room readable.</li>
 *   <li>Barge-in ({@link BargeIn}): the host or a moderator cancels every reply in flight; a viewer's new question
 *       (one that reached the room after the reply started) supersedes a reply meant only for them; nobody else's
 *       message cancels a reply. While the host is speaking, nothing new starts.</li>
 *   <li>Only questions get answers: a backchannel ("ok", "kkkk", "哈哈", "👍", {@link Backchannel}) from anyone is
 *       skipped as {@code chatter} before anything else and interrupts nobody; a viewer's chatter never supersedes
 *       their own reply; the host's typed or spoken words are a question for the co-host only when they name it
 *       ({@link WakeName}), otherwise they take the floor (cancel the replies in flight) and are skipped as
 *       {@code chatter}.</li>
 * </ul>
 * Every message gets exactly one outcome. All decisions run on the room's own thread, so the room holds no locks;
 * its listener is called from that thread and from reply threads, and must be thread-safe.
 */
public final class Room implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Room.class);
    private static final int MAX_VIEWERS_TRACKED = 10_000;
    /**
     * Understanding (language detection, lexicons, FAQ search) runs here, off every room's thread, so a room only
     * decides and a host's barge-in never waits behind a backlog being understood. Platform threads, one per core:
     * the work is CPU-bound, and the rooms' own virtual threads must still find a carrier while it runs.
     */
    private static final ExecutorService UNDERSTANDING = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), Thread.ofPlatform().daemon().name("understand-", 0)
                    .factory());

    private sealed interface Input {
    }

    /**
     * @param arrivedNanos when the room was handed the message, on its time source: where its latency starts
     * @param arrival      its place in the order messages reached the room (see {@link Live#startedAfter})
     */
    private record Said(Utterance utterance, long arrivedNanos, long arrival) implements Input {
    }

    private record Speaking(boolean on) implements Input {
    }

    private record Showing(String sku) implements Input {
    }

    private record Ended(String replyId, Turn turn) implements Input {
    }

    private record Stop() implements Input {
    }

    /**
     * A message understood off the room's thread, back for the room to decide on: its question, or why it could not
     * be understood. {@code decided} lets the asker's next message be understood once this one's outcome is recorded.
     */
    private record Understood(Intake intake, Question question, RuntimeException failure) implements Input {
    }

    /**
     * A message taken in and being understood. The room decides in arrival order (per lane: control, chat), so
     * understanding in parallel changes no outcome; {@code decided} lets the asker's next message be understood once
     * this one's outcome is recorded, in the context it left.
     */
    private static final class Intake {
        final Utterance said;
        final Instant at;
        final long arrivedNanos;
        final long arrival;
        final String conversation;
        final CompletableFuture<Void> decided = new CompletableFuture<>();
        Understood understood;

        Intake(Utterance said, Instant at, long arrivedNanos, long arrival, String conversation) {
            this.said = said;
            this.at = at;
            this.arrivedNanos = arrivedNanos;
            this.arrival = arrival;
            this.conversation = conversation;
        }
    }

    /** A wait or window the room set a timer for has run out (time is the room's {@link TimeSource}). */
    private record Tick() implements Input {
    }

    /** A room event the platform reported (a viewer joined, followed, ordered): maybe greeted, never answered. */
    private record Happened(String eventId, String kind, Speaker viewer, Instant at) implements Input {
    }

    /** An operator stops one reply. */
    private record StopReply(String replyId, CompletableFuture<Boolean> stopped) implements Input {
    }

    /** An operator picks a message to answer now. */
    private record AnswerNow(String messageId, CompletableFuture<Boolean> started) implements Input {
    }

    private record Waiting(long seq, Question question, Instant at, int rank, long arrivedNanos) {
        Utterance utterance() {
            return question.utterance();
        }

        /** Two messages ask the same thing when the facts that answer them, for each asker, are equal. */
        Facts key() {
            return question.facts();
        }

        String gist() {
            return question.gist();
        }
    }

    /**
     * @param startedAfter the arrival number of the last message that had reached the room when the reply started: a
     *                     viewer's message supersedes their reply only if it came later (an operator's answer-now
     *                     jumps the chat queue, so an older message of theirs may be decided after it)
     */
    private record Live(Reply reply, Facts key, List<Speaker> askers, Intent intent, long startedAfter) {
    }

    /** One canonical answer: its reply per language, and whether any rendering is still streaming. */
    private static final class Group {
        final Map<String, Reply> replyByLang = new HashMap<>();
        final Map<String, List<Speaker>> askersByLang = new HashMap<>();
        int inFlight;
        Instant lastEnded;
    }

    private static final Comparator<Waiting> MOST_URGENT_FIRST =
            Comparator.comparingInt(Waiting::rank).thenComparingLong(Waiting::seq);

    private final String id;
    private final RoomEngine engine;
    private final RoomPolicy policy;
    private final TimeSource time;
    private final Consumer<RoomEvent> listener;
    /**
     * Interruptions first: control input (host speech, the host's and moderators' words, replies ending, the product
     * on screen, stop) is read before any chat, so "host speaking" never waits behind a backlog of viewers' messages.
     */
    private final Queue<Input> control = new ConcurrentLinkedQueue<>();
    /** Viewers' messages, in arrival order, read when no control input waits. */
    private final Queue<Input> chat = new ConcurrentLinkedQueue<>();
    /** Wakes the room's thread when either queue gets something. */
    private final Semaphore wake = new Semaphore(0);
    private final AtomicInteger unread = new AtomicInteger();
    /** Messages handed to the room so far: each one's number says what reached the room before it. */
    private final AtomicLong arrivals = new AtomicLong();
    /** Messages being understood off the room's thread (part of the backlog; the room is not idle meanwhile). */
    private final AtomicInteger understanding = new AtomicInteger();
    /** Room events not yet looked at: bounded like messages, so a flood of joins cannot grow the queue without end. */
    private final AtomicInteger unreadEvents = new AtomicInteger();
    private final ArrayDeque<Turn> transcript = new ArrayDeque<>();
    private final Thread worker;
    private volatile int waitingCount;
    private volatile boolean closed;
    /** True while the room's thread is taking in or deciding; with both queues empty and this false, it is idle. */
    private volatile boolean busy;

    // Owned by the worker thread.
    private final TreeSet<Waiting> waiting = new TreeSet<>(MOST_URGENT_FIRST);
    private final Map<Facts, Group> groups = new HashMap<>();
    /** Per asker, the decision their latest message awaits: their next one is understood after it, in order. */
    private final Map<String, CompletableFuture<Void>> askers = new HashMap<>();
    /** Messages being understood, in arrival order: the host's and moderators', and viewers'. */
    private final ArrayDeque<Intake> controlIntakes = new ArrayDeque<>(), chatIntakes = new ArrayDeque<>();
    private final Map<String, Live> live = new LinkedHashMap<>();
    private final Map<String, TokenBucket> viewers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
            return size() > MAX_VIEWERS_TRACKED;
        }
    };
    private final TokenBucket answers;
    private boolean hostSpeaking;
    /** Greetings of room events being said; the host cuts them as any reply. */
    private final List<Reply> greetings = new ArrayList<>();
    private final Greeter greeter = new Greeter();
    private String showingSku;
    private long seq;
    /** The earliest moment a waiting message runs out of time or an ended answer leaves the dedup window. */
    private Instant nextExpiry = Instant.MAX;
    /** The timer that will wake the room next, and for when; the room sleeps otherwise. */
    private TimeSource.Timer alarm;
    private Instant alarmAt = Instant.MAX;
    private final Instant opened;
    /** When the store's AI reminder is next due; null until a reminder is configured. */
    private Instant nextReminder;

    /**
     * @param time the room's time (rate limits, waits, dedup windows, turn times); give it the engine's, so a
     *             virtual clock moves the room and its replies together
     */
    public Room(String id, RoomEngine engine, RoomPolicy policy, TimeSource time, Consumer<RoomEvent> listener) {
        this.id = id;
        this.engine = engine;
        this.policy = policy;
        this.time = time;
        this.listener = listener;
        this.answers = new TokenBucket(policy.answerBurst(), policy.answerInterval(), time.instant());
        this.opened = time.instant();
        // A platform thread, not a virtual one: the room sleeps until input, and a host's barge-in must not wait in
        // the virtual-thread scheduler's one queue behind every paced word and socket read of the process (under
        // load that queue holds hundreds); the OS runs a thread that wakes from sleep ahead of busy ones.
        this.worker = Thread.ofPlatform().daemon().name("room-" + id).start(this::run);
        post(control, new Tick()); // a first look, so timers due before any input (the AI reminder) are set
    }

    /** As {@link #Room(String, RoomEngine, RoomPolicy, TimeSource, Consumer)}, instants from {@code clock}. */
    public Room(String id, RoomEngine engine, RoomPolicy policy, Clock clock, Consumer<RoomEvent> listener) {
        this(id, engine, policy, TimeSource.of(clock), listener);
    }

    public String id() {
        return id;
    }

    /** A chat message, or something the host or a moderator said; it gets exactly one outcome. */
    public void say(Utterance utterance) {
        if (closed) {
            throw new IllegalStateException("room " + id + " is closed");
        }
        // messages being understood still count: the bound on what a room holds must not move to the pool's queue
        if (unread.incrementAndGet() + understanding.get() > policy.inboxCapacity()) {
            unread.decrementAndGet();
            listener.accept(new RoomEvent.Message(utterance.messageId(), utterance.speaker(), utterance.text(),
                    null, null, null));
            skip(utterance, SkipReason.RATE_LIMITED, null);
            return;
        }
        post(privileged(utterance.speaker()) ? control : chat, new Said(utterance, time.nanoTime(),
                arrivals.incrementAndGet()));
    }

    private void post(Queue<Input> queue, Input input) {
        queue.add(input);
        wake.release();
    }

    private Input next() {
        Input c = control.poll();
        return c != null ? c : chat.poll();
    }

    /** The host started or stopped talking: on cancels the replies in flight and holds new ones until off. */
    public void hostSpeaking(boolean on) {
        post(control, new Speaking(on));
    }

    /**
     * Something a viewer did that the platform reports ({@code kind}: join, follow, order). It gets no outcome: the
     * room greets it with the store's text for the kind when the rules give one, at most once per their interval,
     * and never while the host speaks or a question waits for its answer.
     */
    public void event(String eventId, String kind, Speaker viewer) {
        if (closed) {
            throw new IllegalStateException("room " + id + " is closed");
        }
        if (unreadEvents.incrementAndGet() > policy.inboxCapacity()) {
            unreadEvents.decrementAndGet(); // a greeting missed is not owed: dropping the event loses nothing else
            return;
        }
        post(chat, new Happened(eventId, kind, viewer, time.instant()));
    }

    /** The product on screen now, which "this one" refers to; null when none. */
    public void showing(String sku) {
        post(control, new Showing(sku));
    }

    /**
     * An operator stops one reply: it is cancelled with reason {@code stopped}, the others go on. Completes with
     * whether the reply was streaming (and is now stopped).
     */
    public CompletableFuture<Boolean> stop(String replyId) {
        CompletableFuture<Boolean> stopped = new CompletableFuture<>();
        post(control, new StopReply(replyId, stopped));
        return stopped;
    }

    /**
     * An operator picks a message to have it answered now, whatever the room decided about it: waiting (or held
     * while the host speaks), skipped for any reason, or answered before. It is understood again (with the product
     * on screen now) and answered at once, ahead of the queue, the hold and the answer-rate cap. Completes with
     * false when the room knows no such message (its transcript keeps the latest turns) or its answer is streaming.
     */
    public CompletableFuture<Boolean> answerNow(String messageId) {
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        post(control, new AnswerNow(messageId, started));
        return started;
    }

    /** Messages not yet answered or skipped (unread and waiting). */
    public int backlog() {
        return unread.get() + understanding.get() + waitingCount;
    }

    /**
     * Whether the room has nothing to do until more input or one of its timers: nothing unread and its thread not
     * deciding. Replies in flight may still be speaking. An in-process eval on virtual time moves time only then.
     */
    public boolean idle() {
        return !busy && understanding.get() == 0 && control.isEmpty() && chat.isEmpty();
    }

    /** The latest turns, oldest first: each message with its outcome, and each reply as delivered. */
    public List<Turn> transcript() {
        synchronized (transcript) {
            return List.copyOf(transcript);
        }
    }

    /** Stops the room; replies in flight are cancelled. */
    @Override
    public void close() {
        closed = true;
        post(control, new Stop());
        try {
            worker.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            Input input;
            try {
                wake.acquire();
                busy = true; // before reading the queues: an input is always either queued or being handled
                wake.drainPermits();
                input = next();
            } catch (InterruptedException e) {
                input = new Stop();
            }
            try {
                Instant now = time.instant();
                if (!now.isBefore(nextExpiry)) {
                    expire(now);
                }
                remind(now);
                while (input != null) {
                    if (input instanceof Stop) {
                        if (alarm != null) alarm.cancel();
                        closeOut();
                        return;
                    }
                    handle(input);
                    input = next();
                }
                dispatch();
                setAlarm();
            } catch (RuntimeException e) {
                log.error("event=room.error room={}", id, e);
            } finally {
                busy = false;
            }
        }
    }

    /**
     * The room closes: every reply still streaming is cut ({@code room_closed}) and recorded as it ended, with the
     * words it delivered, here, as this thread reads no {@link Ended} after {@link Stop}. A reply that ended just
     * before (its Ended still unread) is recorded as it ended.
     */
    private void closeOut() {
        List<Reply> speaking = new ArrayList<>();
        live.values().forEach(l -> speaking.add(l.reply()));
        speaking.addAll(greetings);
        speaking.forEach(r -> r.cancel("room_closed"));
        for (Reply r : speaking) {
            try {
                // a cancel ends the reply at once; one ending on its own thread just now completes within moments
                Turn ended = r.turn().getNow(null);
                append(ended != null ? ended : r.turn().get(1, java.util.concurrent.TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log.error("event=room.close_unrecorded room={} reply={}", id, r.id(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        live.clear();
        greetings.clear();
    }

    /**
     * The room wakes for input, and otherwise only when time changes something: a wait or dedup window ends, or the
     * answer-rate cap lets the next waiting question go. One timer, moved when that moment moves.
     */
    private void setAlarm() {
        Instant at = nextExpiry;
        if (nextReminder != null && nextReminder.isBefore(at)) at = nextReminder;
        if (!hostSpeaking && !waiting.isEmpty()) {
            Instant token = answers.nextAt(time.instant());
            if (token.isBefore(at)) at = token;
        }
        if (at.equals(alarmAt)) return;
        if (alarm != null) alarm.cancel();
        alarmAt = at;
        alarm = at.equals(Instant.MAX) ? null
                : time.schedule(Duration.between(time.instant(), at), () -> post(control, new Tick()));
    }

    /**
     * The store's AI reminder (if it has one) every interval after the room opened, by the room's clock; a reminder
     * that a KB reload adds is due at once when the room has been open longer than its interval.
     */
    private void remind(Instant now) {
        var reminder = engine.aiReminder();
        if (reminder == null) {
            nextReminder = null;
            return;
        }
        if (nextReminder == null) nextReminder = opened.plus(reminder.every());
        if (now.isBefore(nextReminder)) return;
        listener.accept(new RoomEvent.AiReminder(reminder.text()));
        nextReminder = now.plus(reminder.every());
    }

    private void handle(Input input) {
        switch (input) {
            case Said said -> {
                unread.decrementAndGet();
                intake(said.utterance(), said.arrivedNanos(), said.arrival());
            }
            case Speaking speaking -> {
                hostSpeaking = speaking.on();
                if (speaking.on()) {
                    List.copyOf(live.values()).forEach(l -> cancel(l, "host_speaking"));
                    List.copyOf(greetings).forEach(g -> g.cancel("host_speaking"));
                }
            }
            case Showing showing -> showingSku = showing.sku();
            case Ended ended -> ended(ended);
            case Understood understood -> {
                understood.intake().understood = understood;
                decideInOrder(controlIntakes);
                decideInOrder(chatIntakes);
            }
            case Tick tick -> alarmAt = Instant.MAX; // it rang: expire() and dispatch() see the time, setAlarm() the next
            case Happened happened -> {
                unreadEvents.decrementAndGet();
                greet(happened);
            }
            case StopReply stop -> {
                Live l = live.get(stop.replyId());
                if (l != null) {
                    cancel(l, "stopped");
                }
                stop.stopped().complete(l != null);
            }
            case AnswerNow pick -> pick.started().complete(answerNow(pick.messageId(), time.instant()));
            case Stop stop -> throw new IllegalStateException("handled by run");
        }
    }

    private void intake(Utterance u, long arrivedNanos, long arrival) {
        Instant now = time.instant();
        Speaker from = u.speaker();
        if (Spam.isSpam(u.text(), policy.maxTextLength())) {
            echoUnderstood(u, null, null);
            skip(u, SkipReason.SPAM, null);
            return;
        }
        if (!privileged(from) && !viewers.computeIfAbsent(from.id(),
                v -> new TokenBucket(policy.viewerBurst(), policy.viewerInterval(), now)).tryTake(now)) {
            echoUnderstood(u, null, null);
            skip(u, SkipReason.RATE_LIMITED, null);
            return;
        }
        if (Backchannel.is(u.text())) {
            // "ok", "哈哈", "👍" ask nothing: skipped before anything else, so they interrupt nobody, host included
            echo(u, null, Intent.CHATTER, null);
            skip(u, SkipReason.CHATTER, null);
            return;
        }
        if (!privileged(from) && engine.rules().bannedWordIn(u.text(), java.util.Collections.singletonList(from.country()))
                .isPresent()) {
            // a viewer's message with a word the store bans in their market: not answered, not repeated, no barge-in
            echo(u, null, null, null);
            skip(u, SkipReason.BANNED, null);
            return;
        }
        if (privileged(from)) {
            // the host or a moderator stops the room at once, before their words are understood
            bargeIn(from, null, arrival);
        }
        Utterance asked = u;
        if (from.role() == Role.HOST) {
            // the host mostly talks to the audience; only words that name the co-host are a question for it
            // the engine's names now: a KB reload may rename the co-host while the room runs
            Optional<String> toCohost = engine.wakeName().addressed(u.text());
            if (toCohost.isEmpty() || toCohost.get().isBlank()) {
                echo(u, null, Intent.CHATTER, null);
                skip(u, SkipReason.CHATTER, null);
                return;
            }
            asked = new Utterance(u.messageId(), from, toCohost.get(), u.spoken(), u.at());
        }
        Intake intake = new Intake(u, now, arrivedNanos, arrival, conversationId(from));
        Utterance toUnderstand = asked;
        String showing = showingSku;
        Queue<Input> back = privileged(from) ? control : chat;
        (privileged(from) ? controlIntakes : chatIntakes).addLast(intake);
        CompletableFuture<Void> previous = askers.put(intake.conversation, intake.decided);
        understanding.incrementAndGet();
        Runnable understand = () -> {
            Question q = null;
            RuntimeException failure = null;
            try {
                q = engine.question(intake.conversation, toUnderstand, showing);
            } catch (RuntimeException e) {
                failure = e;
            }
            // posted before the count drops, so the room never looks idle with an answer on its way
            post(back, new Understood(intake, q, failure));
            understanding.decrementAndGet();
        };
        // one asker's messages are understood in order, each in the context the previous one's outcome left
        if (previous == null || previous.isDone()) {
            UNDERSTANDING.execute(understand);
        } else {
            previous.thenRunAsync(understand, UNDERSTANDING);
        }
    }

    /** Decides on the lane's understood messages from the oldest, stopping at one still being understood. */
    private void decideInOrder(ArrayDeque<Intake> lane) {
        while (!lane.isEmpty() && lane.peekFirst().understood != null) {
            Intake intake = lane.pollFirst();
            try {
                decide(intake.understood);
            } finally {
                askers.remove(intake.conversation, intake.decided);
                intake.decided.complete(null);
            }
        }
    }

    /** The room decides on an understood message: skip it, join an answer, or queue it for one. */
    private void decide(Understood understood) {
        Utterance u = understood.intake().said;
        Speaker from = u.speaker();
        Instant now = understood.intake().at;
        if (understood.failure() != null) {
            log.error("event=room.understand_failed room={} message={}", id, u.messageId(), understood.failure());
            echoUnderstood(u, null, null);
            skip(u, SkipReason.FAILED, null);
            return;
        }
        Question question = understood.question();
        Understanding understanding = question.meaning();
        String gist = question.gist();
        echoUnderstood(u, understanding, gist);
        Facts key = question.facts();
        if (understanding.intent() == Intent.OUT_OF_SCOPE) {
            skip(u, SkipReason.OFF_TOPIC, gist);
            return;
        }
        if (understanding.intent() == Intent.CHATTER) {
            skip(u, SkipReason.CHATTER, gist);
            return;
        }
        if (engine.rules().bannedTopic(understanding.intent().wireName(), from.country()).isPresent()) {
            skip(u, SkipReason.BANNED, gist); // a topic the store does not discuss in the asker's market
            return;
        }
        if (!privileged(from)) {
            // only a question of theirs asked after it started supersedes a viewer's reply, never their chatter
            bargeIn(from, key, understood.intake().arrival);
        }
        Group group = groups.get(key);
        Reply joinable = group == null ? null : group.replyByLang.get(question.lang());
        if (joinable != null) {
            joinOrDuplicate(question, group, joinable);
            return;
        }
        if (waiting.stream().anyMatch(w -> w.key().equals(key) && sameSpeaker(w.utterance().speaker(), from))) {
            skip(u, SkipReason.DUPLICATE, gist);
            return;
        }
        int rank = (privileged(from) ? 0 : 2) + (understanding.intent().isPurchaseQuestion() ? 0 : 1);
        waiting.add(new Waiting(seq++, question, now, rank, understood.intake().arrivedNanos));
        expireNoLaterThan(now.plus(policy.maxWait()));
        if (waiting.size() > policy.queueCapacity()) {
            Waiting leastUrgent = waiting.pollLast();
            skip(leastUrgent.utterance(), SkipReason.RATE_LIMITED, leastUrgent.gist());
        }
        waitingCount = waiting.size();
    }

    /**
     * The host or a moderator stops everything; a viewer only supersedes a reply meant for them alone, and not by
     * asking the same thing again.
     */
    private void bargeIn(Speaker from, Facts key, long arrival) {
        if (privileged(from)) {
            List.copyOf(greetings).forEach(g -> g.cancel(BargeIn.reason(from)));
        }
        for (Live l : List.copyOf(live.values())) {
            List<Speaker> askers = askersNow(l);
            boolean onlyForThem = askers.stream().allMatch(a -> sameSpeaker(a, from));
            boolean cancels = BargeIn.interrupts(from, askers)
                    && (privileged(from) || (onlyForThem && !l.key().equals(key) && arrival > l.startedAfter()));
            if (cancels) {
                cancel(l, BargeIn.reason(from));
            }
        }
    }

    /**
     * Everyone a live reply answers now: those it started for and those who joined it since (the group's list), so
     * one asker's next question never cuts an answer others joined, however their messages were timed.
     */
    private List<Speaker> askersNow(Live l) {
        Group group = groups.get(l.key());
        if (group != null) {
            for (Map.Entry<String, Reply> e : group.replyByLang.entrySet()) {
                if (e.getValue() == l.reply() && group.askersByLang.get(e.getKey()) != null) {
                    return group.askersByLang.get(e.getKey());
                }
            }
        }
        return l.askers();
    }

    /** Later askers get a fresh answer, not a join to one that was cut off. */
    private void cancel(Live l, String reason) {
        l.reply().cancel(reason);
        Group group = groups.get(l.key());
        if (group != null) {
            group.replyByLang.values().remove(l.reply());
        }
    }

    /** Drops waiting messages that waited too long, and answers too old to join; notes when that is next due. */
    private void expire(Instant now) {
        nextExpiry = Instant.MAX;
        for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
            Waiting w = it.next();
            if (Duration.between(w.at(), now).compareTo(policy.maxWait()) > 0) {
                it.remove();
                skip(w.utterance(), SkipReason.RATE_LIMITED, w.gist());
            } else {
                expireNoLaterThan(w.at().plus(policy.maxWait()));
            }
        }
        groups.values().removeIf(g -> g.inFlight == 0
                && (g.lastEnded == null || Duration.between(g.lastEnded, now).compareTo(policy.dedupWindow()) > 0));
        for (Group g : groups.values()) {
            if (g.inFlight == 0 && g.lastEnded != null) expireNoLaterThan(g.lastEnded.plus(policy.dedupWindow()));
        }
        waitingCount = waiting.size();
    }

    /** Something runs out just after {@code end} (the limits are "more than"): look again then. */
    private void expireNoLaterThan(Instant end) {
        Instant due = end.plusNanos(1);
        if (due.isBefore(nextExpiry)) nextExpiry = due;
    }

    private void dispatch() {
        Instant now = time.instant();
        // the host's and moderators' messages being understood go first: nothing starts until they are decided
        while (!hostSpeaking && controlIntakes.isEmpty() && !waiting.isEmpty()) {
            Facts key = waiting.first().key();
            Group group = groups.get(key);
            // the cap counts answers, not their renderings: another language of an answer streaming now starts at
            // once, as its askers would otherwise wait a whole answer's length for words the room is already saying
            boolean streaming = group != null && group.inFlight > 0;
            if (!streaming && answersStreaming() >= policy.maxConcurrentReplies()) {
                break;
            }
            if (group == null) {
                if (!answers.tryTake(now)) {
                    break;
                }
                group = new Group();
                groups.put(key, group);
            }
            List<Waiting> same = new ArrayList<>();
            waiting.removeIf(w -> w.key().equals(key) && same.add(w));
            waitingCount = waiting.size(); // before start(), whose events tell watchers the backlog moved
            start(key, group, same);
        }
    }

    private long answersStreaming() {
        return groups.values().stream().filter(g -> g.inFlight > 0).count();
    }

    /** Answers the waiting askers of one question, once per language; a language already answered is joined. */
    private void start(Facts key, Group group, List<Waiting> askers) {
        Map<String, List<Waiting>> byLang = new LinkedHashMap<>();
        askers.forEach(w -> byLang.computeIfAbsent(w.question().lang(), l -> new ArrayList<>()).add(w));
        byLang.forEach((lang, ws) -> {
            Reply existing = group.replyByLang.get(lang);
            if (existing != null) {
                ws.forEach(w -> joinOrDuplicate(w.question(), group, existing));
                return;
            }
            Waiting first = ws.getFirst();
            List<Question> questions = ws.stream().map(Waiting::question).toList();
            Reply reply;
            try {
                reply = engine.answer(questions, lang);
            } catch (RuntimeException e) {
                log.error("event=room.answer_failed room={} messages={}", id, questions.size(), e);
                ws.forEach(w -> skip(w.utterance(), SkipReason.FAILED, w.gist()));
                return;
            }
            // The room's one latency measure, per message: from its arrival at the room to its reply's start (the
            // reply has just started; its Started event reaches the listener on subscribe, below, with these figures)
            long started = time.nanoTime();
            List<Double> latencyMs = ws.stream().map(w -> (started - w.arrivedNanos()) / 1e6).toList();
            List<Speaker> speakers = new ArrayList<>(ws.stream().map(w -> w.utterance().speaker()).toList());
            group.replyByLang.put(lang, reply);
            group.askersByLang.put(lang, speakers);
            group.inFlight++;
            Intent intent = first.question().meaning().intent();
            live.put(reply.id(), new Live(reply, key, List.copyOf(speakers), intent, arrivals.get()));
            ws.forEach(w -> record(w.utterance(), Turn.Status.RECEIVED, reply.id(), w.question().meaning()));
            reply.subscribe(event -> listener.accept(new RoomEvent.ReplyUpdate(
                    event instanceof ReplyEvent.Started s ? s.timed(latencyMs) : event, intent, first.gist())));
            reply.turn().thenAccept(turn -> post(control, new Ended(reply.id(), turn)));
        });
    }

    private boolean answerNow(String messageId, Instant now) {
        Waiting picked = waiting.stream().filter(w -> w.utterance().messageId().equals(messageId)).findFirst()
                .orElse(null);
        boolean wasWaiting = picked != null;
        if (!wasWaiting) {
            Turn said = latestMessageTurn(messageId);
            if (said == null) {
                return false;
            }
            Utterance u = new Utterance(messageId, said.speaker(), said.text(), false, said.at());
            try {
                picked = new Waiting(seq++, engine.question(conversationId(u.speaker()), u, showingSku), now, 0,
                        time.nanoTime()); // an operator's pick: timed from the pick
            } catch (RuntimeException e) {
                log.error("event=room.understand_failed room={} message={}", id, messageId, e);
                return false;
            }
        }
        Group group = groups.get(picked.key());
        if (group == null || group.inFlight == 0) {
            group = new Group(); // a fresh answer: not a join to one given before (this asker is among its askers)
            groups.put(picked.key(), group);
        }
        Reply current = group.replyByLang.get(picked.question().lang());
        if (current != null && live.containsKey(current.id())) {
            return false; // being answered in this language right now (a waiting message keeps its place)
        }
        if (wasWaiting) {
            waiting.remove(picked);
            waitingCount = waiting.size();
        }
        group.replyByLang.remove(picked.question().lang());
        group.askersByLang.remove(picked.question().lang());
        start(picked.key(), group, List.of(picked));
        return true;
    }

    /** The latest transcript turn of a message (not a reply) with this id, or null. */
    private Turn latestMessageTurn(String messageId) {
        synchronized (transcript) {
            for (Iterator<Turn> it = transcript.descendingIterator(); it.hasNext(); ) {
                Turn t = it.next();
                if (t.id().equals(messageId) && t.speaker() != null && t.speaker().role() != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private void joinOrDuplicate(Question q, Group group, Reply reply) {
        Utterance u = q.utterance();
        List<Speaker> askers = group.askersByLang.get(q.lang());
        if (askers.stream().anyMatch(a -> sameSpeaker(a, u.speaker()))) {
            skip(u, SkipReason.DUPLICATE, q.gist());
            return;
        }
        askers.add(u.speaker());
        try {
            engine.joined(q, reply);
        } catch (RuntimeException e) {
            log.error("event=room.join_failed room={} message={}", id, u.messageId(), e);
        }
        listener.accept(new RoomEvent.Joined(u.messageId(), reply.id(), q.gist()));
        record(u, Turn.Status.JOINED, reply.id(), q.meaning());
    }

    /** Greets the event if the store's rules have a text for it and the room has nothing more urgent to say. */
    private void greet(Happened h) {
        var rules = engine.rules();
        var text = rules.greeting(h.kind());
        if (text.isEmpty()) {
            return;
        }
        Instant now = time.instant();
        // answers first, also to questions still being understood; a greeting missed is not owed later
        boolean questionsPending = !waiting.isEmpty() || !chatIntakes.isEmpty() || !controlIntakes.isEmpty();
        if (hostSpeaking || questionsPending || !greeter.mayGreet(now, rules.greetings().interval())) {
            return;
        }
        Reply reply;
        try {
            reply = engine.greet(conversationId(h.viewer()), h.eventId(), h.viewer(), h.kind(), text.get(), h.at());
        } catch (RuntimeException e) {
            log.error("event=room.greet_failed room={} event={}", id, h.eventId(), e);
            return;
        }
        if (reply == null) {
            return;
        }
        greeter.greeted(now);
        greetings.add(reply);
        reply.subscribe(event -> listener.accept(new RoomEvent.ReplyUpdate(event, Intent.GREETING, null)));
        reply.turn().thenAccept(turn -> post(control, new Ended(reply.id(), turn)));
    }

    private void ended(Ended ended) {
        Live l = live.remove(ended.replyId());
        if (l == null) {
            if (greetings.removeIf(g -> g.id().equals(ended.replyId()))) {
                append(ended.turn());
            }
            return;
        }
        Group group = groups.get(l.key());
        if (group != null) {
            group.inFlight--;
            group.lastEnded = time.instant();
            if (group.inFlight == 0) expireNoLaterThan(group.lastEnded.plus(policy.dedupWindow()));
            if (ended.turn().status() == Turn.Status.CUT || ended.turn().status() == Turn.Status.WITHHELD) {
                group.replyByLang.values().remove(l.reply());
            }
        }
        append(ended.turn()); // the reply's own turn: the same value its askers' conversations hold
    }

    private void skip(Utterance u, SkipReason reason, String gist) {
        listener.accept(new RoomEvent.Skipped(u.messageId(), reason, gist));
        record(u, Turn.Status.SKIPPED, reason.wireName(), null);
    }

    private void echoUnderstood(Utterance u, Understanding understanding, String gist) {
        echo(u, understanding == null ? null : understanding.lang(), understanding == null ? null : understanding.intent(),
                gist);
    }

    private void echo(Utterance u, String lang, Intent intent, String gist) {
        listener.accept(new RoomEvent.Message(u.messageId(), u.speaker(), u.text(), lang, intent, gist));
    }

    /**
     * What became of a message, built once: the room transcript and the asker's conversation get the same turn
     * ({@code meaning} when it was taken up, so a follow-up has context).
     */
    private void record(Utterance u, Turn.Status status, String detail, Understanding meaning) {
        Turn turn = Turn.message(u, meaning, status, detail, u.at());
        append(turn);
        try {
            engine.record(conversationId(u.speaker()), turn, meaning);
        } catch (RuntimeException e) {
            log.error("event=room.record_failed room={} message={}", id, u.messageId(), e);
        }
    }

    private void append(Turn turn) {
        synchronized (transcript) {
            transcript.addLast(turn);
            if (transcript.size() > policy.transcriptCapacity()) {
                transcript.removeFirst();
            }
        }
        try {
            engine.transcribed(id, turn); // kept beyond the room (a database when configured); never blocks
        } catch (RuntimeException e) {
            log.error("event=room.transcribe_failed room={} turn={}", id, turn.id(), e);
        }
    }

    private String conversationId(Speaker speaker) {
        return id + "/" + speaker.role().wireName() + "/" + speaker.id();
    }

    private static boolean privileged(Speaker s) {
        return s.role() == Role.HOST || s.role() == Role.MODERATOR;
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        return a.role() == b.role() && a.id().equals(b.id());
    }
}
