package cohost.engine.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message is only a backchannel ("ok", "thanks", "kkkk", "哈哈", "嗯嗯", "👍", "love this stream"): it asks
 * nothing and must interrupt nobody. Cheap enough for a room to call on its own thread before anything is understood,
 * so that the host typing "嗯嗯" does not cut every reply in the room while real host speech still does.
 *
 * <p>How: emoji, symbols and punctuation are dropped, laughter is matched as a pattern in every script (hahaha,
 * jajaja, kkkk, rsrs, wkwk, 555, ㅋㅋ, 哈哈, ｗｗ, 草, ههه), and what is left must be words of {@code chatter.txt}
 * only (acknowledgements, thanks, praise, attendance, with their usual companions), in any of the ten languages.
 */
public final class Backchannel {

    /** Laughter and interjections, one whole word each: hahaha, hehe, jajaja, kkkk, rsrs, wkwk, 555, lol, xd, aaah... */
    private static final Pattern LAUGH_WORD = Pattern.compile(
            "(?:[aeiou]?(?:h+[aeiou]+){2,}h*|(?:[aeiou]h){2,}|(?:j+[aeiou]+){2,}j*|k{2,}|(?:ka?k)+|(?:rs)+|(?:js)+j?|(?:wk)+w?|(?:kw)+k?"
                    + "|5{3,}|6{3,}|w{2,}|lo+l|lmf?ao+|rofl|xd+|a+h+|o+h+|u+h+|e+h+|hm+|m{2,}|u+a+u+|uau+|asdf\\w*|ptdr|mdr"
                    + "|(?:هه)+ه?|(?:ها)+|(?:خخ)+خ?)");
    /** Laughter written without spaces in CJK and Hangul: ㅋㅋ, ㅎㅎ, 哈哈, 呵呵, 嘻嘻, 嘿嘿, ｗｗ (after NFKC), 555. */
    private static final Pattern LAUGH_RUN = Pattern.compile("[ㅋㅎㅠㅜ\\x{110F}\\x{1112}\\x{1172}\\x{116E}]{2,}|[哈呵嘻嘿]{2,}|(?<![a-z])w{2,}(?![a-z])");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Sm}\\p{Cf}\\p{Cs}\\p{Mn}\\x{FE0F}\\x{200D}\\x{20E3}]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}&&[^']]+|'(?![\\p{L}])|(?<![\\p{L}])'");

    private static final Set<String> CORE = new HashSet<>();
    private static final Set<String> WITH = new HashSet<>();
    /** Entries in scripts written without spaces, longest first, matched anywhere. */
    private static final List<String> UNSPACED = new ArrayList<>();
    /** Greetings written without spaces ("你好" holds "好"): a message with one is a greeting, not chatter. */
    private static final List<String> GREETINGS = new ArrayList<>();
    /** Question words ("ASK" lines): spaced ones whole (folded), unspaced ones anywhere. */
    private static final Set<String> ASK_WORDS = new HashSet<>();
    private static final List<String> ASK_UNSPACED = new ArrayList<>();
    /** Words that put a question to the shop ("YOU" lines): spaced ones whole (folded), unspaced ones anywhere. */
    private static final Set<String> YOU_WORDS = new HashSet<>();
    private static final List<String> YOU_UNSPACED = new ArrayList<>();
    private static final Pattern QUESTION_MARK = Pattern.compile("[?？؟¿]");
    private static final Pattern EMOJI = Pattern.compile("[\\p{So}\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]");

    static {
        load();
    }

    private Backchannel() {
    }

    public static boolean is(String text) {
        if (text == null || text.isBlank()) return false;
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        t = SYMBOLS.matcher(t).replaceAll(" ");
        t = PUNCTUATION.matcher(t).replaceAll(" ");
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) return true; // only emoji or punctuation: "👍", "!!"
        for (String g : GREETINGS) {
            if (t.contains(g)) return false;
        }
        String noLaughs = LAUGH_RUN.matcher(t).replaceAll(" ");
        boolean core = !noLaughs.equals(t); // ㅋㅋ, 哈哈 say nothing but that something was funny
        t = noLaughs;
        for (String phrase : UNSPACED) {
            if (t.contains(phrase)) {
                core |= CORE.contains(phrase);
                t = t.replace(phrase, " ");
            }
        }
        for (String word : t.split("\\s+")) {
            if (word.isEmpty()) continue;
            String w = fold(word);
            if (LAUGH_WORD.matcher(w).matches() || LAUGH_WORD.matcher(squeeze(w, 2)).matches()) {
                core = true;
                continue;
            }
            String known = known(w);
            if (known == null) return false;
            core |= CORE.contains(known);
        }
        return core;
    }

    /**
     * Whether a message that the lexicons found no question in reads as a remark rather than a question: no question
     * mark or question word, and a sign of chatter (laughter, a word of thanks or praise, an emoji, an exclamation):
     * "jajaja no manches 😂", "ok gracias guapa", "主播好美", "와 진짜 예쁘다", "ماشاء الله تبارك الله". Words it does
     * not know do not matter, unlike {@link #is}: praise is an open list.
     */
    public static boolean remark(String text) {
        return remark(text, true, true);
    }

    /**
     * As {@link #remark(String)}, counting as signs only an emoji or an exclamation mark ({@code marksCount}) and only
     * words of thanks or praise ({@code wordsCount}); laughter always counts. A greeting needs a word: "Hallo
     * zusammen!" and "hi 👋" are greetings, "ok gracias guapa" is thanks. A message whose only keyword was a typo's
     * guess needs a mark: "got only half my order" is no remark for its "got".
     */
    public static boolean remark(String text, boolean marksCount, boolean wordsCount) {
        if (text == null || text.isBlank() || QUESTION_MARK.matcher(text).find()) return false;
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String q : ASK_UNSPACED) {
            if (t.contains(q)) return false;
        }
        for (String g : GREETINGS) {
            if (t.contains(g)) return false; // "你好！" holds "好" and is a greeting, as in is()
        }
        boolean signal = marksCount && (EMOJI.matcher(t).find() || t.indexOf('!') >= 0 || t.indexOf('！') >= 0);
        t = SYMBOLS.matcher(t).replaceAll(" ");
        t = PUNCTUATION.matcher(t).replaceAll(" ");
        String noLaughs = LAUGH_RUN.matcher(t).replaceAll(" ");
        signal |= !noLaughs.equals(t);
        t = noLaughs;
        for (String phrase : UNSPACED) {
            if (t.contains(phrase)) {
                signal |= wordsCount && CORE.contains(phrase);
                t = t.replace(phrase, " ");
            }
        }
        String[] words = t.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = fold(words[i]);
            if (w.isEmpty()) continue;
            if (ASK_WORDS.contains(w) || (i + 1 < words.length && ASK_WORDS.contains(w + " " + fold(words[i + 1])))) return false;
            String known = known(w);
            if (known != null) {
                // a listed word is that word, not laughter: "kak" (Indonesian for sister) is no "kkk"
                if (wordsCount && CORE.contains(known)) signal = true;
                continue;
            }
            if (LAUGH_WORD.matcher(w).matches() || LAUGH_WORD.matcher(squeeze(w, 2)).matches()) signal = true;
        }
        return signal;
    }

    /**
     * Whether a message asks something: a question mark, a question word of the chatter list's ASK lines at its start
     * ("do u guys...", "¿hay...", "kapan...", "هل..."), or an unspaced one anywhere ("ですか", "吗", "나요"). Used for a
     * message none of the lexicons know: a question gets an answer (the FAQ's, or that the store does not say and a
     * teammate can help), a remark does not. Not by itself a sign of a purchase question.
     */
    public static boolean asks(String text) {
        if (text == null || text.isBlank()) return false;
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean mark = QUESTION_MARK.matcher(t).find();
        t = SYMBOLS.matcher(t).replaceAll(" ");
        t = PUNCTUATION.matcher(t).replaceAll(" ").strip();
        // "really?", "what", "吗？": too little to answer; a question needs two words, or three unspaced letters
        long unspacedLetters = t.codePoints().filter(c -> unspaced(new String(Character.toChars(c)))).count();
        String[] words = t.split("\\s+");
        if (words.length < 2 && unspacedLetters < 3) return false;
        if (mark) return true;
        for (String q : ASK_UNSPACED) {
            if (t.contains(q)) return true;
        }
        if (words.length < 2) return false;
        String first = fold(words[0]);
        return ASK_WORDS.contains(first) || ASK_WORDS.contains(first + " " + fold(words[1]));
    }

    /**
     * Whether a message puts its question to the shop or the co-host: "do u guys...", "vocês têm...", "kak, ...",
     * "你们...", "عندكم..." (the chatter list's YOU lines), rather than to the audience ("who else is watching?").
     */
    public static boolean addressesShop(String text) {
        if (text == null || text.isBlank()) return false;
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String q : YOU_UNSPACED) {
            if (t.contains(q)) return true;
        }
        t = SYMBOLS.matcher(t).replaceAll(" ");
        String[] words = PUNCTUATION.matcher(t).replaceAll(" ").strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = fold(words[i]);
            if (YOU_WORDS.contains(w) || (i + 1 < words.length && YOU_WORDS.contains(w + " " + fold(words[i + 1])))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a folded word only frames a question ("voces", "faites", "have", "what", "kalian"): a question word, a
     * word addressing the shop, or a filler of the chatter list. Two questions sharing such words ask nothing alike.
     */
    public static boolean framing(String folded) {
        return ASK_WORDS.contains(folded) || YOU_WORDS.contains(folded) || WITH.contains(folded);
    }

    /** The spaced words of the chatter list (thanks, praise, fillers), folded: words people type, not typos. */
    static Set<String> words() {
        Set<String> all = new HashSet<>(CORE);
        all.addAll(WITH);
        all.removeIf(Backchannel::unspaced);
        return all;
    }

    /** The listed form of a word, trying it as typed and with letters repeated 3+ times squeezed to 1 or 2. */
    private static String known(String w) {
        if (CORE.contains(w) || WITH.contains(w)) return w;
        for (int keep = 1; keep <= 2; keep++) {
            String s = squeeze(w, keep);
            if (CORE.contains(s) || WITH.contains(s)) return s;
        }
        return null;
    }

    /** Runs of 3 or more equal characters cut to {@code keep}: "thanksss" -> "thanks", "obrigadaaa" -> "obrigada". */
    private static String squeeze(String w, int keep) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            int j = i;
            while (j < w.length() && w.charAt(j) == w.charAt(i)) j++;
            int run = j - i;
            b.append(String.valueOf(w.charAt(i)).repeat(run >= 3 ? keep : run));
            i = j;
        }
        return b.toString();
    }

    /** Lower case without accents; Arabic letter variants unified (ة ه, أ إ آ ا, ى ي) as people type either. */
    private static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replace('ة', 'ه').replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ى', 'ي');
    }

    private static boolean unspaced(String s) {
        return s.codePoints().anyMatch(c -> {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
        });
    }

    private static void load() {
        try (var in = Backchannel.class.getResourceAsStream("chatter.txt")) {
            if (in == null) throw new IllegalStateException("missing resource chatter.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                boolean core = line.startsWith("CORE ");
                if (colon > 0 && (line.startsWith("ASK ") || line.startsWith("YOU "))) {
                    boolean ask = line.startsWith("ASK ");
                    for (String e : line.substring(colon + 1).split(",")) {
                        String q = Normalizer.normalize(e.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                        if (q.isEmpty()) continue;
                        if (unspaced(q)) (ask ? ASK_UNSPACED : YOU_UNSPACED).add(q);
                        else (ask ? ASK_WORDS : YOU_WORDS).add(fold(q));
                    }
                    continue;
                }
                if (colon > 0 && line.startsWith("GREET ")) {
                    for (String e : line.substring(colon + 1).split(",")) {
                        String g = Normalizer.normalize(e.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                        if (!g.isEmpty()) GREETINGS.add(g);
                    }
                    continue;
                }
                if (colon < 0 || !(core || line.startsWith("WITH "))) {
                    throw new IllegalStateException("chatter.txt: expected 'CORE xx: ...', 'WITH xx: ...', 'GREET xx: ...', 'ASK xx: ...' or 'YOU xx: ...', got " + line);
                }
                for (String e : line.substring(colon + 1).split(",")) {
                    String typed = Normalizer.normalize(e.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                    if (typed.isEmpty()) continue;
                    if (unspaced(typed)) {
                        // matched in the text as typed: folding would split kana and Hangul into parts
                        String word = typed;
                        if (!UNSPACED.contains(word)) UNSPACED.add(word);
                        if (core) CORE.add(word);
                        continue;
                    }
                    // a phrase ("alles klar", "terima kasih") counts word by word: its last word carries its kind,
                    // the ones before only go along ("terima COD?" is no thanks)
                    String[] ws = fold(typed).split("\\s+");
                    for (int i = 0; i < ws.length; i++) (core && i == ws.length - 1 ? CORE : WITH).add(ws[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UNSPACED.sort(Comparator.comparingInt(String::length).reversed());
    }
}
