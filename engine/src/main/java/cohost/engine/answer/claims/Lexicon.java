package cohost.engine.answer.claims;

import cohost.knowledge.Language;
import cohost.knowledge.Languages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claim check's cue words: every language's {@code cues_<lang>.txt} and {@code cues_common.txt} (format in the
 * resources' README.txt) in one character trie, scanned leftmost-longest. All languages are loaded for every
 * sentence, because a model may mix them ("frete grátis via DHL Express").
 */
final class Lexicon {

    /** A cue found in a text: characters [start, end) of the normalized text carry these signals. */
    record Hit(int start, int end, List<String> signals) {
        boolean has(String signal) {
            return signals.contains(signal);
        }

        /** The first signal starting with {@code prefix}, without the prefix, or null. */
        String with(String prefix) {
            for (String s : signals) if (s.startsWith(prefix)) return s.substring(prefix.length());
            return null;
        }
    }

    private record Cue(String text, List<String> signals, boolean left, boolean right, boolean caseSensitive) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<Cue> cues;
    }

    private static final String DIR = "cohost/engine/answer/claims/";
    private static final Lexicon SHARED = load();

    private final Node root = new Node();

    static Lexicon shared() {
        return SHARED;
    }

    private static Lexicon load() {
        Lexicon lexicon = new Lexicon();
        Set<String> files = new LinkedHashSet<>();
        files.add("common");
        for (Language l : Languages.all()) files.add(l.isVariant() ? l.base() : l.code());
        for (String f : files) {
            InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(DIR + "cues_" + f + ".txt");
            if (in == null) continue; // a language without cues is checked by numbers and the other languages' cues
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                while ((line = reader.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.indexOf('\t');
                    if (tab < 0) throw new IllegalStateException("cues_" + f + ".txt line " + n + ": no tab after the signals");
                    List<String> signals = List.of(line.substring(0, tab).strip().split("\\+"));
                    for (String cue : line.substring(tab + 1).split("\\|")) {
                        if (!cue.isBlank()) lexicon.add(cue.strip(), signals);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lexicon;
    }

    private void add(String written, List<String> signals) {
        boolean caseSensitive = written.startsWith("=");
        String s = caseSensitive ? written.substring(1) : written;
        boolean whole = s.startsWith("<") && s.endsWith(">");
        if (whole) s = s.substring(1, s.length() - 1);
        boolean openStart = s.startsWith("*") && s.length() > 1;
        boolean openEnd = s.endsWith("*") && s.length() > 1;
        if (openStart) s = s.substring(1);
        if (openEnd) s = s.substring(0, s.length() - 1);
        s = normalize(s);
        String key = caseSensitive ? s : lower(s);
        boolean latin = isLatinWord(key.charAt(0)) || isLatinWord(key.charAt(key.length() - 1));
        // Boundaries only matter where the cue's edge is a letter or digit ("us$" may touch the digits after it).
        boolean left = (whole || latin && !openStart) && Character.isLetterOrDigit(key.charAt(0));
        boolean right = (whole || latin && !openEnd) && Character.isLetterOrDigit(key.charAt(key.length() - 1));
        Node n = root;
        String path = lower(key);
        for (int i = 0; i < path.length(); i++) n = n.next.computeIfAbsent(path.charAt(i), c -> new Node());
        if (n.cues == null) n.cues = new ArrayList<>(1);
        n.cues.add(new Cue(key, signals, left, right, caseSensitive));
    }

    /**
     * Whether {@code neighbour} continues the word whose edge is {@code edge}: a Latin cue only joins Latin letters
     * and digits ("PayPal" stands alone in "用PayPal付款"), a cue in another script joins any letter.
     */
    private static boolean joins(char edge, char neighbour) {
        return isLatinWord(edge) ? isLatinWord(neighbour) : Character.isLetterOrDigit(neighbour);
    }

    private static boolean isLatinWord(char c) {
        return Character.isDigit(c) || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** The cues in {@code text} (as {@link #normalize}d; {@code lower} its lower-case form), leftmost-longest, not overlapping. */
    List<Hit> scan(String text, String lower) {
        List<Hit> hits = new ArrayList<>();
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            Node node = root;
            Hit best = null;
            for (int j = i; j < n; j++) {
                node = node.next.get(lower.charAt(j));
                if (node == null) break;
                if (node.cues == null) continue;
                for (Cue c : node.cues) {
                    if (matches(c, text, lower, i, j + 1)) {
                        best = new Hit(i, j + 1, c.signals);
                        break;
                    }
                }
            }
            if (best != null) {
                hits.add(best);
                i = best.end() - 1;
            }
        }
        return hits;
    }

    private static boolean matches(Cue c, String text, String lower, int start, int end) {
        if (c.left && start > 0 && joins(lower.charAt(start), lower.charAt(start - 1))) return false;
        if (c.right && end < lower.length() && joins(lower.charAt(end - 1), lower.charAt(end))) return false;
        return !c.caseSensitive || text.regionMatches(start, c.text, 0, c.text.length());
    }

    /**
     * NFKC (full-width forms to plain ones), Arabic-Indic digits and separators to ASCII, without changing the text's
     * meaning; {@link #lower} of the result keeps every character's index.
     */
    static String normalize(String text) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06f0' && c <= '\u06f9' ? (char) ('0' + c - '\u06f0')
                    : c == '\u066b' ? '.' : c == '\u066c' ? ',' : c == '\u060c' ? ',' : c;
            if (r != c && b == null) b = new StringBuilder(s);
            if (b != null) b.setCharAt(i, r);
        }
        return b == null ? s : b.toString();
    }

    /** Lower case, one character for one, so indexes into the result are indexes into the input. */
    static String lower(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) a[i] = Character.toLowerCase(a[i]);
        return new String(a);
    }
}
