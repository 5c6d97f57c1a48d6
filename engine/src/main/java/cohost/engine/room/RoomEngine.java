package cohost.engine.room;

import cohost.engine.Ask;
import cohost.engine.Cohost;
import cohost.engine.Reply;
import cohost.engine.Understanding;
import cohost.engine.Utterance;

import java.util.List;

/**
 * The three engine calls a {@link Room} makes. {@link #of(Cohost)} is the real one; the seam exists so the intake
 * rules can be specified with a scripted engine whose replies a test finishes or holds open at will.
 */
public interface RoomEngine {

    Understanding understand(String conversationId, Utterance utterance, String showingSku);

    Reply answer(List<Ask> asks, Understanding understanding, String lang);

    String gist(Understanding understanding);

    static RoomEngine of(Cohost cohost) {
        return new RoomEngine() {
            @Override
            public Understanding understand(String conversationId, Utterance utterance, String showingSku) {
                return cohost.understand(conversationId, utterance, showingSku);
            }

            @Override
            public Reply answer(List<Ask> asks, Understanding understanding, String lang) {
                return cohost.answer(asks, understanding, lang);
            }

            @Override
            public String gist(Understanding understanding) {
                return cohost.gist(understanding);
            }
        };
    }
}
