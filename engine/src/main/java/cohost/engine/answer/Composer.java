package cohost.engine.answer;

import cohost.engine.Turn;
import cohost.engine.rules.BannedWords;

import java.util.List;

/**
 * Writes the answer to a question's facts into its reply: {@link TemplateComposer} says the template answer, and
 * {@link LlmComposer} has a chat model phrase the facts under the claim check, with the template composer behind it
 * for what the model does not write and whenever it fails, goes silent or says what the facts do not support.
 * {@code Cohost} holds one per KB snapshot and never asks which it is.
 */
public interface Composer {

    /**
     * One answer to write.
     *
     * @param names    the askers addressed ("@Ana"), none banned
     * @param leadIn   the store's AI label said first ("" for none)
     * @param template the template answer in {@code lang}, without mention, banned sentences already dropped (never
     *                 empty: a reply with nothing left to say is withheld before it is composed)
     * @param hostText the same facts in the host's language, carried by the reply's end
     * @param history  recent turns of the asker's conversation, oldest first (read only where a model writes)
     * @param question the asker's message, verbatim
     * @param pacer    says the text a word at a time (a live room), or null to send it as it is ready (the desk)
     * @param banned   the store's banned words for these askers' markets
     */
    record Request(Facts facts, String lang, List<String> names, String leadIn, String template, String hostText,
                   List<Turn> history, String question, Pacer pacer, BannedWords banned) {
    }

    /** Starts writing into {@code reply} and returns; the reply ends with Done, or is cancelled by someone else. */
    void compose(StreamingReply reply, Request request);

    /**
     * Whether a model writes the answer to these facts (the host's text then does not wait for the store texts'
     * translations; they follow for later askers).
     */
    default boolean usesModel(Facts facts) {
        return false;
    }
}
