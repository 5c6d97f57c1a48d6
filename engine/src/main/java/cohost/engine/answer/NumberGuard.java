package cohost.engine.answer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number guardrail for model-written text: every number in it (prices, days, percentages, counts) must equal a
 * number stated in the facts. It reads numbers the way the ten languages write them: "12.50", "12,50", "1.299,00",
 * "1 299,00", "US$ 12,50", ranges "7-12" / "7 to 12" / "7〜12", full-width and Arabic-Indic digits. A separator
 * that could be either decimal or thousands ("1,299") passes if either reading is a fact.
 *
 * <p>Known gap: numbers written as words ("twelve", "十二") are not seen.
 */
public final class NumberGuard {

    // A run of digits with decimal/thousands separators; a space only groups when three digits follow.
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+|[ \\u00a0\\u202f]\\d{3}(?!\\d))*");
    private static final Pattern MENTION = Pattern.compile("@\\S+");

    private final Set<BigDecimal> allowed;

    private NumberGuard(Set<BigDecimal> allowed) {
        this.allowed = allowed;
    }

    /** A guard that allows exactly the numbers written in {@code facts} (every reading of each). */
    public static NumberGuard allowing(String facts) {
        Set<BigDecimal> allowed = new HashSet<>();
        for (List<BigDecimal> readings : numbers(facts)) allowed.addAll(readings);
        return new NumberGuard(Set.copyOf(allowed));
    }

    /** The numbers in {@code text} that no fact states, as written; empty when the text is safe to say. */
    public List<String> unsupported(String text) {
        List<String> bad = new ArrayList<>();
        String clean = normalize(MENTION.matcher(text).replaceAll(" "));
        Matcher m = NUMBER.matcher(clean);
        while (m.find()) {
            if (readings(m.group()).stream().noneMatch(allowed::contains)) bad.add(m.group());
        }
        return bad;
    }

    public boolean allows(String text) {
        return unsupported(text).isEmpty();
    }

    static List<List<BigDecimal>> numbers(String text) {
        List<List<BigDecimal>> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(normalize(text));
        while (m.find()) out.add(readings(m.group()));
        return out;
    }

    /** Full-width digits to ASCII (NFKC), Arabic-Indic digits and separators to ASCII ones. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') b.append((char) ('0' + c - '\u0660'));
            else if (c >= '\u06f0' && c <= '\u06f9') b.append((char) ('0' + c - '\u06f0'));
            else if (c == '\u066b') b.append('.');
            else if (c == '\u066c') b.append(',');
            else b.append(c);
        }
        return b.toString();
    }

    /** The values a written number may mean, e.g. "1,299" -> {1299, 1.299}, "12,50" -> {12.5}. */
    static List<BigDecimal> readings(String written) {
        String s = written.replaceAll("[ \\u00a0\\u202f]", "");
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        List<BigDecimal> out = new ArrayList<>();
        if (lastDot < 0 && lastComma < 0) {
            out.add(value(s));
        } else if (lastDot >= 0 && lastComma >= 0) {
            int dec = Math.max(lastDot, lastComma);
            out.add(value(s.substring(0, dec).replaceAll("[.,]", "") + "." + s.substring(dec + 1)));
        } else {
            char sep = lastDot >= 0 ? '.' : ',';
            int last = Math.max(lastDot, lastComma);
            boolean single = s.indexOf(sep) == last;
            String grouped = s.replace(String.valueOf(sep), "");
            if (!single || s.length() - last - 1 == 3) out.add(value(grouped));
            if (single) out.add(value(s.replace(sep, '.')));
        }
        return out;
    }

    private static BigDecimal value(String plain) {
        BigDecimal v = new BigDecimal(plain).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
