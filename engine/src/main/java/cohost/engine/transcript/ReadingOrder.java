package cohost.engine.transcript;

import cohost.engine.Speaker;
import cohost.engine.Turn;

import java.util.ArrayList;
import java.util.List;

/**
 * The order a conversation reads in. Turns are written as they end, and a message's outcome may be written after the
 * reply it names (a template reply can end before its room records the message; a joined reply may have ended
 * already): read back, such a message goes just before that reply, so the transcript reads question then answer.
 * The same rule as the engine's live conversations.
 */
public final class ReadingOrder {
    private ReadingOrder() {
    }

    /** The turns in reading order, given in the order they were written. */
    public static List<Turn> of(List<Turn> written) {
        List<Turn> out = new ArrayList<>(written.size());
        for (Turn turn : written) {
            int at = out.size();
            if (!Speaker.COHOST.equals(turn.speaker()) && turn.detail() != null) {
                for (int i = 0; i < out.size(); i++) {
                    Turn t = out.get(i);
                    if (Speaker.COHOST.equals(t.speaker()) && t.id().equals(turn.detail())) {
                        at = i;
                        break;
                    }
                }
            }
            out.add(at, turn);
        }
        return out;
    }
}
