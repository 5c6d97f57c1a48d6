package cohost.engine.testing;

import cohost.engine.model.ChatMessage;
import cohost.engine.model.ChatModel;
import cohost.engine.time.TimeSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A chat model for engine tests, behind the engine's own {@link ChatModel} port: it streams a scripted answer a few
 * characters per piece with a pause between pieces, on the given {@link TimeSource} (on a
 * {@link cohost.engine.time.VirtualTime}, a test moves time instead of sleeping), records every request and counts
 * the calls cancelled before their end. It misbehaves on demand as models do: it stalls, goes quiet, writes forever,
 * fails mid-stream. (The real langchain4j client is tested against {@link ScriptedChatServer}, an OpenAI-compatible
 * server on loopback, in {@code connectors}, where its adapter lives.)
 *
 * <pre>{@code
 * VirtualTime time = new VirtualTime();
 * var model = ScriptedChatModel.on(time, request -> "Standard shipping takes 7 to 12 business days.");
 * ... compose with it, then time.advance(Duration.ofSeconds(1)) ...
 * }</pre>
 */
public final class ScriptedChatModel implements ChatModel {

    private final TimeSource time;
    private final Function<String, String> script;
    private final List<List<ChatMessage>> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger cancels = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private volatile int chunkChars = 4;
    private volatile Duration pause = Duration.ofMillis(20);
    private volatile Predicate<String> endless = request -> false;
    private volatile boolean thenSilent;
    private volatile Duration stallFirst = Duration.ZERO;
    private volatile int failAfter = -1;

    private ScriptedChatModel(TimeSource time, Function<String, String> script) {
        this.time = time;
        this.script = script;
    }

    /**
     * A model that answers each request with the text {@code script} returns for it; the script reads the request
     * as text, one message a line ("system: ...", "customer: ...", "cohost: ...").
     */
    public static ScriptedChatModel on(TimeSource time, Function<String, String> script) {
        return new ScriptedChatModel(time, script);
    }

    /** Streams this many characters per piece (default 4). */
    public ScriptedChatModel chunkChars(int n) {
        this.chunkChars = n;
        return this;
    }

    /** Waits this long between pieces, and after the last before it ends (default 20 ms). */
    public ScriptedChatModel pause(Duration pause) {
        this.pause = pause;
        return this;
    }

    /** Repeats the scripted answer forever, until the call is cancelled (a model that keeps writing). */
    public ScriptedChatModel endless(boolean endless) {
        return endlessFor(request -> endless);
    }

    /** Repeats the answer forever for the requests (as text) that match. */
    public ScriptedChatModel endlessFor(Predicate<String> requests) {
        this.endless = requests;
        return this;
    }

    /** After the answer, sends nothing more and never ends, until cancelled: a model that has gone quiet. */
    public ScriptedChatModel thenSilent(boolean silent) {
        this.thenSilent = silent;
        return this;
    }

    /** Sends nothing for this long before the first piece: a model slow to start. */
    public ScriptedChatModel stallBeforeFirst(Duration stall) {
        this.stallFirst = stall;
        return this;
    }

    /** Fails the stream (as a dropped connection or a broken response would) once this many characters are sent. */
    public ScriptedChatModel failAfter(int chars) {
        this.failAfter = chars;
        return this;
    }

    /** Every request, in order. */
    public List<List<ChatMessage>> requests() {
        return List.copyOf(requests);
    }

    /** How many calls were cancelled before the model had sent everything. */
    public int cancels() {
        return cancels.get();
    }

    /** How many answers were sent to the end. */
    public int completed() {
        return completed.get();
    }

    /** A request as the script reads it: one message a line, "author: text". */
    public static String asText(List<ChatMessage> messages) {
        return messages.stream().map(m -> m.author().name().toLowerCase() + ": " + m.text())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public Call stream(List<ChatMessage> messages, Listener listener) {
        requests.add(List.copyOf(messages));
        String request = asText(messages);
        Streaming s = new Streaming(script.apply(request), endless.test(request), listener);
        s.next(stallFirst);
        return s::cancel;
    }

    /**
     * One answer: each piece on a timer of its own (one after another, never two at once), so a cancel between two
     * stops it. Takes no lock around the listener, so a cancel never waits for a callback, as the port requires.
     */
    private final class Streaming {
        private final String answer;
        private final boolean forever;
        private final Listener listener;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile TimeSource.Timer timer;
        private int at;
        private int sent;

        Streaming(String answer, boolean forever, Listener listener) {
            this.answer = answer;
            this.forever = forever;
            this.listener = listener;
        }

        void next(Duration after) {
            timer = time.schedule(after, this::step);
            if (ended.get()) timer.cancel();
        }

        void cancel() {
            if (!ended.compareAndSet(false, true)) return;
            cancels.incrementAndGet();
            TimeSource.Timer t = timer;
            if (t != null) t.cancel();
        }

        private void step() {
            if (ended.get()) return;
            if (failAfter >= 0 && sent >= failAfter) {
                if (ended.compareAndSet(false, true)) {
                    listener.failed(new java.io.IOException("the model's stream broke off (scripted)"));
                }
                return;
            }
            if (at < answer.length()) {
                String piece = answer.substring(at, Math.min(answer.length(), at + chunkChars));
                at += piece.length();
                sent += piece.length();
                if (forever && at >= answer.length()) at = 0;
                listener.text(piece);
                if (!ended.get()) next(pause);
            } else if (!thenSilent) {
                if (ended.compareAndSet(false, true)) {
                    completed.incrementAndGet();
                    listener.completed();
                }
            }
            // else: quiet until cancelled
        }
    }
}
