package cohost.engine.room;

import cohost.engine.Intent;
import cohost.engine.Reply;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A reply a test finishes or cancels when it likes; it starts at once. */
final class ScriptedReply implements Reply {
    private final String id;
    private final List<String> inReplyTo;
    private final String lang;
    private final Intent intent;
    private final List<ReplyEvent> events = new ArrayList<>();
    private final List<Consumer<ReplyEvent>> listeners = new ArrayList<>();
    private final CompletableFuture<ReplyResult> result = new CompletableFuture<>();
    private boolean ended;

    ScriptedReply(String id, List<String> inReplyTo, String lang, Intent intent) {
        this.id = id;
        this.inReplyTo = List.copyOf(inReplyTo);
        this.lang = lang;
        this.intent = intent;
        emit(new ReplyEvent.Started(id, inReplyTo, lang));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> inReplyTo() {
        return inReplyTo;
    }

    @Override
    public String lang() {
        return lang;
    }

    @Override
    public Intent intent() {
        return intent;
    }

    @Override
    public synchronized void subscribe(Consumer<ReplyEvent> listener) {
        events.forEach(listener);
        listeners.add(listener);
    }

    void finish() {
        String text = intent.wireName() + " answer in " + lang;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            emit(new ReplyEvent.Delta(id, text));
            emit(new ReplyEvent.Done(id, text, lang, List.of(new Source("faq", "f1")), "host: " + text));
        }
        result.complete(new ReplyResult(id, inReplyTo, text, lang, intent, List.of(), false, text, false, null, 1));
    }

    @Override
    public boolean cancel(String reason) {
        synchronized (this) {
            if (ended) {
                return false;
            }
            ended = true;
            emit(new ReplyEvent.Cancelled(id, reason, ""));
        }
        result.complete(new ReplyResult(id, inReplyTo, "", lang, intent, List.of(), false, "", true, reason, 1));
        return true;
    }

    synchronized boolean ended() {
        return ended;
    }

    @Override
    public CompletableFuture<ReplyResult> result() {
        return result;
    }

    private synchronized void emit(ReplyEvent event) {
        events.add(event);
        listeners.forEach(l -> l.accept(event));
    }
}
