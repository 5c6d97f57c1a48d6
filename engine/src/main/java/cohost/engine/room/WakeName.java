package cohost.engine.room;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names the host calls the co-host by. A host talking to the audience ("welcome everyone!", "next product!")
 * asks the co-host nothing; "小助手，巴西运费多少？" or "Cohost, shipping to Brazil?" does. The store's
 * {@code assistantNames} replace the defaults when given.
 */
public final class WakeName {

    /** "Cohost" and the word for "assistant" in each language the co-host speaks, as a host would call it. */
    public static final List<String> DEFAULT_NAMES = List.of("Cohost", "co-host", "assistant", "assistante",
            "asistente", "assistente", "Assistent", "Assistentin", "asisten", "アシスタント", "어시스턴트", "小助手",
            "助手", "المساعد", "مساعد");

    public static final WakeName DEFAULTS = new WakeName(DEFAULT_NAMES);

    /** Longest first, so "小助手" is found (and removed) whole rather than as "助手". */
    private final List<String> names;

    private WakeName(List<String> names) {
        this.names = names.stream().map(WakeName::fold).filter(n -> !n.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The wake name made of a store's {@code assistantNames} (kept to tell when a reloaded KB changes them). */
    record Of(List<String> storeNames, WakeName wakeName) {
        static Of names(List<String> storeNames) {
            List<String> given = storeNames == null ? List.of() : List.copyOf(storeNames);
            return new Of(given, WakeName.of(given));
        }
    }

    /** The store's names, or the defaults when it gives none. */
    public static WakeName of(List<String> storeNames) {
        return storeNames == null || storeNames.isEmpty() ? DEFAULTS : new WakeName(storeNames);
    }

    /**
     * The text addressed to the co-host with its name taken out ("Cohost, frete?" gives "frete?"), or empty when the
     * text does not name the co-host. A Latin or Arabic name counts as a whole word; a name in a script written
     * without spaces (Han, kana, Hangul, which also take particles right after the name) anywhere.
     */
    public Optional<String> addressed(String text) {
        String folded = fold(text);
        for (String name : names) {
            for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (noSpaces(name) || (wordEdge(folded, at - 1) && wordEdge(folded, end))) {
                    String source = folded.length() == text.length() ? text : folded;
                    return Optional.of(without(source, at, end));
                }
            }
        }
        return Optional.empty();
    }

    /** The text without the name at [at, end), the "@" before it and the comma or colon after it. */
    private static String without(String text, int at, int end) {
        String before = text.substring(0, at).replaceAll("[@\\s]+$", "");
        String after = text.substring(end).replaceAll("^[\\s,，、،:：;；!！~～]+", "");
        return (before.isEmpty() || after.isEmpty() ? before + after : before + " " + after).strip();
    }

    private static boolean wordEdge(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static boolean noSpaces(String name) {
        return name.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }

    /** Lower case, compatibility forms folded (full-width letters), accents kept: names are matched as written. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
