package cohost.engine.room;

import cohost.engine.Ask;
import cohost.engine.Intent;
import cohost.engine.Reply;
import cohost.engine.Slots;
import cohost.engine.Source;
import cohost.engine.Understanding;
import cohost.engine.Utterance;
import cohost.engine.answer.StreamingReply;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Understands messages written as "INTENT [COUNTRY]" (e.g. "shipping BR", "greeting") in the speaker's declared
 * language, so that room tests say exactly what each message means. Replies stay open until the test finishes them,
 * unless {@code autoFinish} is set.
 */
final class ScriptedEngine implements RoomEngine {
    final List<StreamingReply> replies = new CopyOnWriteArrayList<>();
    final List<List<Ask>> answered = new CopyOnWriteArrayList<>();
    private final boolean autoFinish;

    ScriptedEngine(boolean autoFinish) {
        this.autoFinish = autoFinish;
    }

    @Override
    public Understanding understand(String conversationId, Utterance utterance, String showingSku) {
        String[] words = utterance.text().trim().split("\\s+");
        Intent intent = Intent.fromWire(words[0]);
        String country = words.length > 1 ? words[1] : null;
        String lang = utterance.speaker().lang() == null ? "en" : utterance.speaker().lang();
        return new Understanding(lang, intent, new Slots(country, showingSku, Map.of(), null), false, 1.0);
    }

    @Override
    public Reply answer(List<Ask> asks, Understanding understanding, String lang) {
        answered.add(asks);
        StreamingReply reply = new StreamingReply("r" + (replies.size() + 1),
                asks.stream().map(a -> a.utterance().messageId()).toList(), lang, understanding.intent(),
                System.nanoTime(), result -> { });
        replies.add(reply);
        if (autoFinish) {
            finish(reply);
        }
        return reply;
    }

    @Override
    public String gist(Understanding understanding) {
        return "[" + understanding.intent().wireName() + "]";
    }

    StreamingReply reply(int index) {
        return replies.get(index);
    }

    /** Says the whole answer of reply {@code index} and ends it. */
    void finish(int index) {
        finish(replies.get(index));
    }

    private static void finish(StreamingReply reply) {
        String text = reply.intent().wireName() + " answer in " + reply.lang();
        reply.delta(text);
        reply.done(List.of(new Source("faq", "f1")), false, "host: " + text);
    }
}
