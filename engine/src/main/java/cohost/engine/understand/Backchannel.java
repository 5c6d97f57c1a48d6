package cohost.engine.understand;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a message is only a backchannel ("ok", "thanks", "kkkk", "哈哈", "嗯嗯", "👍"): it asks nothing and must
 * interrupt nobody. Cheap enough for a room to call on its own thread before anything is understood, so that the
 * host typing "嗯嗯" does not cut every reply in the room while real host speech still does.
 */
public final class Backchannel {
    private static final Set<String> WORDS = Stream.of("ok", "okay", "okey", "oke", "k", "kk", "thanks", "thank you",
            "thx", "ty", "tks", "yes", "yep", "ya", "yeah", "lol", "haha", "hahaha", "kkk", "kkkk", "rs", "rsrs",
            "jaja", "jajaja", "mdr", "wkwk", "wkwkwk", "obrigado", "obrigada", "gracias", "merci", "danke", "makasih",
            "terima kasih", "ありがとう", "はい", "うん", "ㅋㅋ", "ㅋㅋㅋ", "네", "감사합니다", "嗯", "嗯嗯", "哈哈",
            "哈哈哈", "好", "好的", "谢谢", "شكرا", "تمام", "حسنا").map(Backchannel::fold).collect(Collectors.toUnmodifiableSet());

    /**
     * Laughter of any length, as typed in the room's languages: kkkk (pt), hahaha, jajaja (es), wkwk (id), rsrs (pt),
     * ㅋㅋㅋ/ㅎㅎ (ko), 哈哈哈/呵呵 (zh), www/笑 (ja), 555 (zh/th), هههه (ar).
     */
    private static final Pattern LAUGHTER = Pattern.compile(
            "(k{2,}|(ha){2,}h?|(he){2,}|(hi){2,}|(ja){2,}|(je){2,}|(wk){2,}w?|(rs){2,}|(ㅋ|ㅎ){2,}|[哈呵嘿]{2,}|w{3,}|笑+|5{3,}|ه{3,}|嗯+)");

    private Backchannel() {
    }

    public static boolean is(String text) {
        String t = fold(text == null ? "" : text).strip();
        // emoji sequences carry variation selectors and zero-width joiners ("❤️", "👩‍💻") besides symbols
        t = t.replaceAll("[\\p{P}\\p{S}\\p{Cf}\\x{FE00}-\\x{FE0F}\\s]+$", "")
                .replaceAll("^[\\p{P}\\p{S}\\p{Cf}\\x{FE00}-\\x{FE0F}\\s]+", "");
        if (t.isEmpty()) return !text.isBlank(); // only emoji or punctuation: "👍", "!!"
        if (WORDS.contains(t)) return true;
        // several backchannels in a row ("ok thanks!", "haha yes", "obrigado kkkk"), with "thank you" as one
        String[] words = t.split("[\\p{P}\\p{S}\\p{Cf}\\x{FE00}-\\x{FE0F}\\s]+");
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length && WORDS.contains(words[i] + " " + words[i + 1])) i++;
            else if (!WORDS.contains(words[i]) && !LAUGHTER.matcher(words[i]).matches()) return false;
        }
        return true;
    }

    /**
     * NFKC (full-width letters) and lower case, with Hangul compatibility jamo kept as typed: NFKC would turn
     * "ㅋㅋ" into conjoining jamo that no list entry matches.
     */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x3131 && c <= 0x318E) out.appendCodePoint(c);
            else out.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC));
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
