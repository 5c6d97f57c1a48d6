package cohost.eval;

import cohost.knowledge.Language;
import cohost.knowledge.Languages;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a text states, as numbers: "12,50 US$", "$12.50" and "USD 12.5" are the same amount; "7-12 days"
 * and "de 7 a 12 dias úteis" state the same range. This is what fact and grounding assertions compare, so a reply is
 * judged on its figures, not on its wording.
 */
public final class Quantities {
    private Quantities() {
    }

    /** A number stated in a text, with its currency (ISO 4217, or "JPY/CNY" for a bare ¥) when one is written. */
    public record Quantity(BigDecimal value, String currency, int start, int end) {
        public boolean sameAmount(Quantity o) {
            return value.compareTo(o.value) == 0;
        }

        @Override
        public String toString() {
            return (currency == null ? "" : currency + " ") + value.stripTrailingZeros().toPlainString();
        }
    }

    // A digit run not glued to a Latin word ("SKU-0042", "V2" are names, not quantities); grouping by , . or thin spaces.
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9_])(?<![A-Za-z]-)(\\d{1,3}(?:[,.']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)");
    // French and Swiss group digits with thin or no-break spaces, or apostrophes; NFKC would turn the spaces into
    // plain spaces, which separate numbers, so they become apostrophes first.
    private static final Pattern SPACE_GROUPING = Pattern.compile("(?<=\\d)[\\u00a0\\u202f\\u2009](?=\\d{3})");
    private static final Pattern MENTION = Pattern.compile("@[^\\s,:;]+");
    private static final Pattern RANGE_JOIN = Pattern.compile(
            "\\s*(-|–|—|~|〜|to|a|à|al|bis|hingga|sampai|s/d|إلى|至|到|から|에서)\\s*", Pattern.CASE_INSENSITIVE);

    // Longest first, so "us$" wins over "$". Compared in lower case.
    private static final Map<String, String> CURRENCIES = orderedCurrencies();

    private static Map<String, String> orderedCurrencies() {
        var m = new java.util.LinkedHashMap<String, String>();
        for (String[] e : new String[][]{
                {"us$", "USD"}, {"usd", "USD"}, {"us dollars", "USD"}, {"dollars", "USD"}, {"dollar", "USD"},
                {"dólares", "USD"}, {"dolares", "USD"}, {"dólar", "USD"}, {"dolar", "USD"}, {"美元", "USD"},
                {"美金", "USD"}, {"米ドル", "USD"}, {"ドル", "USD"}, {"달러", "USD"}, {"دولار", "USD"},
                {"r$", "BRL"}, {"brl", "BRL"}, {"reais", "BRL"}, {"real", "BRL"},
                {"€", "EUR"}, {"eur", "EUR"}, {"euros", "EUR"}, {"euro", "EUR"}, {"£", "GBP"}, {"gbp", "GBP"},
                {"mx$", "MXN"}, {"mxn", "MXN"}, {"c$", "CAD"}, {"ca$", "CAD"}, {"cad", "CAD"},
                {"a$", "AUD"}, {"aud", "AUD"}, {"rp", "IDR"}, {"idr", "IDR"}, {"₩", "KRW"}, {"원", "KRW"},
                {"krw", "KRW"}, {"円", "JPY"}, {"jpy", "JPY"}, {"人民币", "CNY"}, {"元", "CNY"}, {"rmb", "CNY"},
                {"cny", "CNY"}, {"¥", "JPY/CNY"}, {"$", "USD"}}) {
            m.put(e[0], e[1]);
        }
        return m;
    }

    /** Full-width digits and letters to ASCII, any script's digits to 0-9; "@Ana" mentions blanked out. */
    static String normalize(String text) {
        String t = Normalizer.normalize(SPACE_GROUPING.matcher(text).replaceAll("'"), Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(Character.isDigit(c) && (c < '0' || c > '9') ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        Matcher m = MENTION.matcher(b);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, " ".repeat(m.group().length()));
        m.appendTail(out);
        return out.toString();
    }

    /** Every quantity in the text, in order. */
    public static List<Quantity> extract(String text) {
        if (text == null) return List.of();
        String t = normalize(text);
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            out.add(new Quantity(parse(m.group(1)), currencyAround(t, m.start(1), m.end(1)), m.start(1), m.end(1)));
        }
        return out;
    }

    /** The values of every quantity in the text. */
    public static List<BigDecimal> numbers(String text) {
        return extract(text).stream().map(Quantity::value).toList();
    }

    private static BigDecimal parse(String s) {
        if (s.indexOf('\'') >= 0) return parse(s.replace("'", ""));
        int lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
        String digits;
        if (lastDot >= 0 && lastComma >= 0) {
            int dec = Math.max(lastDot, lastComma);
            digits = s.substring(0, dec).replaceAll("[^0-9]", "") + "." + s.substring(dec + 1);
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            int count = (int) s.chars().filter(c -> c == sep).count();
            int after = s.length() - Math.max(lastDot, lastComma) - 1;
            boolean grouping = count > 1 || (after == 3 && !s.startsWith("0" + sep));
            digits = grouping ? s.replaceAll("[^0-9]", "")
                    : s.replaceAll("[^0-9" + sep + "]", "").replace(sep, '.');
        } else {
            digits = s.replaceAll("[^0-9]", "");
        }
        return new BigDecimal(digits);
    }

    private static String currencyAround(String t, int start, int end) {
        String before = t.substring(Math.max(0, start - 12), start).stripTrailing().toLowerCase(Locale.ROOT);
        String after = t.substring(end, Math.min(t.length(), end + 12)).stripLeading().toLowerCase(Locale.ROOT);
        for (var e : CURRENCIES.entrySet()) {
            String sym = e.getKey();
            boolean word = Character.isLetter(sym.charAt(sym.length() - 1)) && sym.chars().allMatch(c -> c < 0x2000);
            if (before.endsWith(sym) && (!word || boundaryBefore(before, before.length() - sym.length()))
                    && !(sym.equals("$") && before.length() > 1 && isLatinLetter(before.charAt(before.length() - 2)))) {
                return e.getValue();
            }
            if (after.startsWith(sym) && (!word || after.length() == sym.length()
                    || !Character.isLetter(after.charAt(sym.length())))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** "R$", "C$": a Latin letter before "$" names another dollar; "送料$3.99" is still US dollars. */
    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean boundaryBefore(String s, int i) {
        return i == 0 || !Character.isLetter(s.charAt(i - 1));
    }

    static boolean sameCurrency(String a, String b) {
        if (a.equals(b)) return true;
        return (a.equals("JPY/CNY") && Set.of("JPY", "CNY").contains(b))
                || (b.equals("JPY/CNY") && Set.of("JPY", "CNY").contains(a));
    }

    /**
     * Whether the reply states the fact. A fact with numbers matches when each of its amounts (with its currency, if
     * it names one) appears in the reply, and each of its ranges appears as two consecutive numbers; its words are
     * not compared, so a fact stays language-neutral. A fact without numbers must appear as text, ignoring case.
     *
     * @return null when the reply states the fact, else what is missing
     */
    public static String missing(String fact, String reply) {
        List<Quantity> want = extract(fact);
        if (want.isEmpty()) {
            return fold(reply).contains(fold(fact)) ? null : "text \"" + fact + "\" not found";
        }
        List<Quantity> have = extract(reply);
        String nf = normalize(fact);
        for (int i = 0; i < want.size(); i++) {
            Quantity q = want.get(i);
            if (i + 1 < want.size() && RANGE_JOIN.matcher(nf.substring(q.end(), want.get(i + 1).start())).matches()) {
                Quantity hi = want.get(i + 1);
                boolean found = false;
                for (int j = 0; j + 1 < have.size() && !found; j++) {
                    found = have.get(j).sameAmount(q) && have.get(j + 1).sameAmount(hi);
                }
                if (!found) return "range " + q.value().toPlainString() + "-" + hi.value().toPlainString() + " not stated";
                i++;
                continue;
            }
            boolean found = have.stream().anyMatch(h -> h.sameAmount(q)
                    && (q.currency() == null || (h.currency() != null && sameCurrency(h.currency(), q.currency()))));
            if (!found) return (q.currency() == null ? "number " : "amount ") + q + " not stated";
        }
        return null;
    }

    /**
     * Whether the reply contains the forbidden text (any case, either writing of Chinese), as a whole statement: where
     * the text begins or ends with a digit, the reply's number must begin or end there too, and not be a bound of a
     * range. So a forbidden "9 days" is not in "19 days" nor in "5-9 days" (a range is another statement), "30" is not
     * in "$130", "2030", "30.5" or "14-30 days", and "16.99" is not in "116.99"; "9 days" is in "ships in 9 days".
     * Texts without digits are matched as plain text, as before.
     *
     * @return null when the reply does not contain it, else the part of the reply that does
     */
    public static String contains(String reply, String forbidden) {
        String r = fold(reply), f = fold(forbidden);
        if (f.isEmpty()) return null;
        boolean digitFirst = Character.isDigit(f.codePointAt(0)), digitLast = Character.isDigit(f.codePointBefore(f.length()));
        for (int i = r.indexOf(f); i >= 0; i = r.indexOf(f, i + 1)) {
            int end = i + f.length();
            if (digitFirst && continuesBefore(r, i)) continue;
            if (digitLast && continuesAfter(r, end)) continue;
            return r.substring(i, end);
        }
        return null;
    }

    private static final Pattern RANGE_BEFORE = Pattern.compile(
            "\\d\\s*(-|–|—|~|〜|to|a|à|al|bis|hingga|sampai|s/d|إلى|至|到|から|에서)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_AFTER = Pattern.compile(
            "^\\s*(-|–|—|~|〜|to|a|à|al|bis|hingga|sampai|s/d|إلى|至|到|から|에서)\\s*\\d", Pattern.CASE_INSENSITIVE);

    /** A digit, a decimal or group separator after a digit, or a range's lower bound just before position i. */
    private static boolean continuesBefore(String s, int i) {
        if (i == 0) return false;
        char c = s.charAt(i - 1);
        if (Character.isDigit(c)) return true;
        if ((c == '.' || c == ',' || c == '\'') && i >= 2 && Character.isDigit(s.charAt(i - 2))) return true;
        return RANGE_BEFORE.matcher(s.substring(Math.max(0, i - 12), i)).find();
    }

    /** A digit, a separator before more digits, or a range's upper bound just after position i. */
    private static boolean continuesAfter(String s, int i) {
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        if (Character.isDigit(c)) return true;
        if ((c == '.' || c == ',' || c == '\'') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) return true;
        return RANGE_AFTER.matcher(s.substring(i, Math.min(s.length(), i + 12))).find();
    }

    /**
     * Lower case, full-width folded, whitespace collapsed, and written variants written back in their base language
     * (支付寶 as 支付宝): how text facts and forbidden texts are compared, so one fact serves zh and zh-Hant replies.
     */
    static String fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
        for (Language l : Languages.all()) {
            if (l.isVariant()) t = Languages.convertBack(l, t);
        }
        return t;
    }
}
