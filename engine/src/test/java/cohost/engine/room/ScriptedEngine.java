package cohost.engine.room;

import cohost.engine.Ask;
import cohost.engine.Intent;
import cohost.engine.Question;
import cohost.engine.Reply;
import cohost.engine.Slots;
import cohost.engine.Source;
import cohost.engine.Turn;
import cohost.engine.Understanding;
import cohost.engine.Utterance;
import cohost.engine.answer.Facts;
import cohost.engine.answer.StreamingReply;
import cohost.knowledge.FaqEntry;
import cohost.knowledge.Localized;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Understands messages written as "INTENT [COUNTRY]" (e.g. "shipping BR", "greeting") in the speaker's declared
 * language (the country defaults to the speaker's declared one), so that room tests say exactly what each message means. Replies stay open until the test finishes them,
 * unless {@code autoFinish} is set.
 */
final class ScriptedEngine implements RoomEngine {
    final List<StreamingReply> replies = new CopyOnWriteArrayList<>();
    final List<List<Ask>> answered = new CopyOnWriteArrayList<>();
    final List<Question> joined = new CopyOnWriteArrayList<>();
    final List<Turn> recorded = new CopyOnWriteArrayList<>();
    /** The room's transcript as the room hands it on for keeping (the real engine's transcript store). */
    final List<Turn> kept = new CopyOnWriteArrayList<>();
    private final boolean autoFinish;

    ScriptedEngine(boolean autoFinish) {
        this.autoFinish = autoFinish;
    }

    /**
     * The facts are a stand-in FAQ entry named after the intent and the resolved country (the one in the text, else
     * the speaker's declared one), so that two messages join exactly when those are equal.
     */
    /** When set, the next question waits on it (the room's thread is busy understanding) after counting down {@link #busy}. */
    volatile CountDownLatch holdNext;
    final CountDownLatch busy = new CountDownLatch(1);

    @Override
    public Question question(String conversationId, Utterance utterance, String showingSku) {
        CountDownLatch hold = holdNext;
        if (hold != null) {
            holdNext = null;
            busy.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String[] words = utterance.text().trim().split("\\s+");
        Intent intent = Intent.fromWire(words[0]);
        String country = words.length > 1 ? words[1] : utterance.speaker().country();
        String lang = utterance.speaker().lang() == null ? "en" : utterance.speaker().lang();
        Understanding meaning = new Understanding(lang, intent, new Slots(words.length > 1 ? words[1] : null,
                showingSku, Map.of(), null), false, 1.0);
        Localized text = Localized.of(intent.wireName() + " " + country, "en");
        Facts facts = new Facts.Faq(intent, new FaqEntry(intent.wireName() + "/" + country, text, text, List.of()));
        return new Question(new Ask(conversationId, utterance), meaning, facts, "[" + intent.wireName() + "]");
    }

    @Override
    public Reply answer(List<Question> questions, String lang) {
        answered.add(questions.stream().map(Question::ask).toList());
        StreamingReply reply = new StreamingReply("r" + (replies.size() + 1),
                questions.stream().map(q -> q.utterance().messageId()).toList(), lang,
                questions.getFirst().meaning().intent(), System.nanoTime(), result -> { });
        replies.add(reply);
        if (autoFinish) {
            finish(reply);
        }
        return reply;
    }

    @Override
    public void joined(Question question, Reply reply) {
        joined.add(question);
    }

    @Override
    public void record(String conversationId, Turn outcome, Understanding meaning) {
        recorded.add(outcome);
    }

    @Override
    public void transcribed(String roomId, Turn turn) {
        kept.add(turn);
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
