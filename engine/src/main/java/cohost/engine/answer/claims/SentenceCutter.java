package cohost.engine.answer.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a streamed text into sentences as it arrives, so that each sentence can be checked before any of it is said.
 * Feed it the model's pieces with {@link #add}; it returns every sentence completed so far, and {@link #rest} gives
 * what is left when the stream ends. The sentences join back into exactly the text fed in (spaces between sentences
 * after a stop go with the sentence they end).
 *
 * <p>Where a sentence ends, per writing system:
 * <ul>
 *   <li>Chinese and Japanese: after 。！？ (and the half-width ｡), at once;</li>
 *   <li>Arabic: after ؟ and ۔, at once; Arabic text written with Latin stops follows the Latin rules;</li>
 *   <li>Latin (and anything else): after . ! ? or … followed by a space; not after a decimal point ("9.99" has no
 *       space), an abbreviation ("e.g.", "z.B.", "Sr.", "approx."), a single letter ("U.S."), or when the next word
 *       starts in lower case, when it has already arrived (a stop inside a sentence). A Latin sentence is known at the
 *       space after its stop;</li>
 *   <li>any writing: at a line break.</li>
 * </ul>
 * Closing quotes and brackets right after the stop stay with the sentence. Not thread-safe: one per stream.
 */
public final class SentenceCutter {

    /** Words that end with a dot inside a sentence, in the ten languages (lower case, without the final dot). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "dr", "st", "vs", "approx", "ca", "nos", "nr", "tel",
            "incl", "excl", "min", "max", "sr", "sra", "srta", "dra", "av", "aprox", "núm", "pág", "p.ej", "ej", "cf",
            "env", "p.ex", "ex", "mme", "mlle", "m", "z.b", "u.a", "bzw", "evtl", "ggf", "inkl", "mind", "zzgl", "vgl",
            "dgl", "jl", "bpk", "ibu", "yth", "dll", "dsb", "tsb", "a.m", "p.m", "u.s", "u.k", "etc");

    private final StringBuilder pending = new StringBuilder();
    /** How far {@link #pending} has been scanned without finding an end, so no character is looked at twice. */
    private int scanned;

    /** Appends streamed text; returns the sentences it completed, in order (often none). */
    public List<String> add(String text) {
        pending.append(text);
        List<String> out = new ArrayList<>(1);
        int end;
        while ((end = nextEnd()) > 0) {
            out.add(pending.substring(0, end));
            pending.delete(0, end);
            scanned = 0;
        }
        return out;
    }

    /** What is left after the last complete sentence (the stream's unfinished last sentence), and forgets it. */
    public String rest() {
        String r = pending.toString();
        pending.setLength(0);
        scanned = 0;
        return r;
    }

    /** Characters waiting for their sentence to end. */
    public int pendingLength() {
        return pending.length();
    }

    /** The end of the first complete sentence in {@link #pending}, or -1 when it is not complete yet. */
    private int nextEnd() {
        int n = pending.length();
        for (int i = scanned; i < n; i++) {
            char c = pending.charAt(i);
            if (c == '\n') return i + 1;
            if (c == '。' || c == '！' || c == '？' || c == '｡' || c == '؟' || c == '۔') return closers(i + 1);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int after = closers(skipStops(i + 1));
                if (after >= n) { // the next character decides; scan from this stop next time
                    scanned = i;
                    return -1;
                }
                if (!Character.isWhitespace(pending.charAt(after))) {
                    i = after - 1;
                    continue;
                }
                int next = after;
                while (next < n && Character.isWhitespace(pending.charAt(next))) {
                    if (pending.charAt(next) == '\n') return next + 1;
                    next++;
                }
                // A stop and a space end the sentence now, unless the word before is an abbreviation or the next
                // word, if it has arrived, starts in lower case: a model that pauses after a sentence is not kept
                // waiting for its next word.
                if (c == '.' && (abbreviation(i) || next < n && Character.isLowerCase(pending.codePointAt(next)))) {
                    i = after - 1;
                    continue;
                }
                return next;
            }
        }
        scanned = n;
        return -1;
    }

    private int skipStops(int i) {
        while (i < pending.length() && ".!?…".indexOf(pending.charAt(i)) >= 0) i++;
        return i;
    }

    /** Past any closing quotes and brackets after a stop. */
    private int closers(int i) {
        while (i < pending.length() && "\"'”’»」』）)]】".indexOf(pending.charAt(i)) >= 0) i++;
        return i;
    }

    /** Whether the word before the dot at {@code dot} is an abbreviation or a single letter. */
    private boolean abbreviation(int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(pending.charAt(start - 1)) || pending.charAt(start - 1) == '.')) start--;
        if (start == dot) return false; // a digit or a symbol before the dot: "costs 9." ends a sentence
        String word = pending.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }
}
