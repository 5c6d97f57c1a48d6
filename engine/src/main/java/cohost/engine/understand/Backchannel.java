package cohost.engine.understand;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a message is only a backchannel ("ok", "thanks", "kkkk", "哈哈", "嗯嗯", "👍"): it asks nothing and must
 * interrupt nobody. Cheap enough for a room to call on its own thread before anything is understood, so that the
 * host typing "嗯嗯" does not cut every reply in the room while real host speech still does.
 */
public final class Backchannel {
    private static final Set<String> WORDS = Set.of("ok", "okay", "okey", "oke", "k", "kk", "thanks", "thank you",
            "thx", "ty", "tks", "yes", "yep", "ya", "yeah", "lol", "haha", "hahaha", "kkk", "kkkk", "rs", "rsrs",
            "jaja", "jajaja", "mdr", "wkwk", "wkwkwk", "obrigado", "obrigada", "gracias", "merci", "danke", "makasih",
            "terima kasih", "ありがとう", "はい", "うん", "ㅋㅋ", "ㅋㅋㅋ", "네", "감사합니다", "嗯", "嗯嗯", "哈哈",
            "哈哈哈", "好", "好的", "谢谢", "شكرا", "تمام", "حسنا");

    private Backchannel() {
    }

    public static boolean is(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\p{P}\\p{S}\\s]+$", "").replaceAll("^[\\p{P}\\p{S}\\s]+", "");
        if (t.isEmpty()) return !text.isBlank(); // only emoji or punctuation: "👍", "!!"
        return WORDS.contains(t);
    }
}
