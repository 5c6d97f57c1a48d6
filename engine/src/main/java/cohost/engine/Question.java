package cohost.engine;

import cohost.engine.answer.Facts;

/**
 * A message understood in its asker's conversation, with the facts that answer it for that asker: the destination
 * named in the text, else the asker's declared (or remembered) country, else none; the product asked about or on
 * screen. What a room decides on: two questions may share one answer only when their {@link #facts()} are equal.
 *
 * @param gist the message's meaning in the host's language, e.g. "[运费 → 巴西]"
 */
public record Question(Ask ask, Understanding meaning, Facts facts, String gist) {

    public Utterance utterance() {
        return ask.utterance();
    }

    public Speaker speaker() {
        return ask.utterance().speaker();
    }

    /** The language the answer goes out in. */
    public String lang() {
        return meaning.lang();
    }
}
