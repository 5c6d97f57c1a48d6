package cohost.engine.answer.claims;

import cohost.engine.answer.claims.Claim.Kind;
import cohost.engine.answer.claims.Lexicon.Hit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims out of one sentence (or one fact text): numbers with their units and currencies, and claims of
 * the kinds buyers act on, found by the {@link Lexicon}'s cue words. Polarity comes from negation cues in the same
 * sentence ("no customs to pay", "não é grátis", "不包邮"), which is why checks work sentence by sentence.
 */
final class Claims {

    private Claims() {
    }

    // A run of digits with decimal/thousands separators; a space only groups when three digits follow.
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+|[ \\u00a0\\u202f]\\d{3}(?!\\d))*");
    private static final Pattern CJK_NUMERAL = Pattern.compile("[零〇一二两兩三四五六七八九十百半]+");
    private static final Pattern MENTION = Pattern.compile("@[^\\s,.!?;:，。！？、]+");
    private static final Pattern SIZE = Pattern.compile("(?<![\\p{L}\\d])(XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)(?![\\p{L}\\d])");

    private static final BigDecimal HOUR = BigDecimal.ONE;
    private static final BigDecimal DAY = BigDecimal.valueOf(24);

    /** A number in the text: where, what it may mean, and the unit or currency found around it. */
    private static final class Num {
        final int start;
        final int end;
        final List<BigDecimal> readings;
        final boolean word;
        String unit;
        String currency;

        Num(int start, int end, List<BigDecimal> readings, boolean word) {
            this.start = start;
            this.end = end;
            this.readings = readings;
            this.word = word;
        }
    }

    /** The claims in {@code text}. */
    static List<Claim> in(String text) {
        String norm = Lexicon.normalize(MENTION.matcher(text).replaceAll(m -> " ".repeat(m.group().length())));
        String lower = Lexicon.lower(norm);
        List<Hit> hits = Lexicon.shared().scan(norm, lower);
        Set<String> signals = new HashSet<>();
        for (Hit h : hits) signals.addAll(h.signals());
        List<Claim> out = new ArrayList<>();
        numbers(norm, lower, hits, out);
        boolean ship = signals.contains("ship");
        boolean free = signals.contains("free");
        boolean ret = signals.contains("return");
        boolean buyer = signals.contains("buyer");
        boolean included = signals.contains("included");

        if (free && ship && !ret) {
            out.add(Claim.of(Kind.FREE_SHIPPING, negated(norm, hits, "free") ? "paid" : "free", false, span(norm, hits, "free")));
        }
        if (signals.contains("duty")) {
            String value = included ? (negated(norm, hits, "included") ? "buyer" : "included")
                    : negated(norm, hits, "duty") || freeNear(norm, hits) ? "included" : buyer ? "buyer" : "mentioned";
            out.add(Claim.of(Kind.DUTIES, value, false, span(norm, hits, "duty")));
        }
        if (ret) {
            if (free) {
                out.add(Claim.of(Kind.RETURN_SHIPPING, negated(norm, hits, "free") ? "paid" : "free", false, span(norm, hits, "return")));
            } else {
                boolean no = negated(norm, hits, "return") || negatedAfter(norm, hits, "return");
                out.add(Claim.of(Kind.RETURNS, no ? "no" : "yes", false, span(norm, hits, "return")));
            }
        }
        boolean outOfStock = signals.contains("out");
        boolean weakIn = signals.contains("weakin") && !ship && !ret && !signals.contains("duty")
                && hits.stream().noneMatch(h -> h.with("pay.") != null);
        if (outOfStock || signals.contains("in") || weakIn) {
            String cue = outOfStock ? "out" : signals.contains("in") ? "in" : "weakin";
            boolean neg = negated(norm, hits, cue);
            boolean inStock = outOfStock ? neg : !neg;
            out.add(Claim.of(Kind.AVAILABILITY, inStock ? "in" : "out", false, span(norm, hits, cue)));
        }
        if (signals.contains("warranty")) {
            out.add(Claim.of(Kind.WARRANTY, negated(norm, hits, "warranty") ? "no" : "yes", false, span(norm, hits, "warranty")));
        }
        if (signals.contains("certified")) {
            out.add(Claim.of(Kind.CERTIFICATION, "any", negated(norm, hits, "certified"), span(norm, hits, "certified")));
        }
        if (signals.contains("meta")) out.add(Claim.of(Kind.INSTRUCTION, "instructions", false, span(norm, hits, "meta")));
        for (Hit h : hits) {
            String id;
            String said = norm.substring(h.start(), h.end());
            boolean neg = negated(norm, hits, h);
            if ((id = h.with("color.")) != null) out.add(Claim.of(Kind.OPTION, "color:" + id, neg, said));
            if ((id = h.with("pay.")) != null) out.add(Claim.of(Kind.PAYMENT, id, neg, said));
            if ((id = h.with("carrier.")) != null) out.add(Claim.of(Kind.CARRIER, id, neg, said));
            if ((id = h.with("cert.")) != null) out.add(Claim.of(Kind.CERTIFICATION, id, neg, said));
        }
        Matcher m = SIZE.matcher(norm);
        while (m.find()) {
            String size = m.group(1);
            // S, M and L are sizes only where the sentence talks about sizes; XS, XL... always are.
            if (size.length() == 1 && !signals.contains("size")) continue;
            if (insideHit(hits, m.start())) continue;
            boolean neg = hits.stream().anyMatch(h -> h.has("neg") && near(norm, h, m.start(), m.end()));
            out.add(Claim.of(Kind.OPTION, "size:" + size.toLowerCase(), neg, size));
        }
        return out;
    }

    /** "Duty-free", "impostos grátis", "关税全免": a free cue next to a duty cue in the same clause, on either side. */
    private static boolean freeNear(String norm, List<Hit> hits) {
        for (Hit d : hits) {
            if (!d.has("duty")) continue;
            for (Hit f : hits) {
                if (!f.has("free")) continue;
                int from = Math.min(d.end(), f.end());
                int to = Math.max(d.start(), f.start());
                if (to - from <= NEGATION_REACH && sameClause(norm, Math.min(from, to), Math.max(from, to))) return true;
            }
        }
        return false;
    }

    /** How far (in characters) a negation may stand from what it negates. */
    private static final int NEGATION_REACH = 20;

    /** Whether any cue with {@code signal} is negated where it stands. */
    private static boolean negated(String norm, List<Hit> hits, String signal) {
        for (Hit h : hits) if (h.has(signal) && negated(norm, hits, h)) return true;
        return false;
    }

    /**
     * Whether a negation stands close before the cue, in the same clause ("not free", "não é grátis", "不包邮"), or
     * close after it in Japanese and Korean, which negate after the verb ("送料無料ではありません", "무료가 아닙니다").
     * A negation elsewhere in the sentence ("Frete grátis e sem taxas") does not turn this cue around.
     */
    private static boolean negated(String norm, List<Hit> hits, Hit target) {
        for (Hit h : hits) {
            if (h.has("neg") && h != target && near(norm, h, target.start(), target.end())) return true;
        }
        return false;
    }

    private static boolean near(String norm, Hit neg, int start, int end) {
        if (neg.end() <= start) return start - neg.end() <= NEGATION_REACH && sameClause(norm, neg.end(), start);
        if (neg.start() >= end && negatesBackwards(norm.substring(neg.start(), neg.end()))) {
            return neg.start() - end <= NEGATION_REACH && sameClause(norm, end, neg.start());
        }
        return false;
    }

    /**
     * Whether a negation follows a cue closely in the same clause: "returns are not accepted", "Rücksendungen sind nicht
     * möglich". Used for returnability, where the verb that is negated comes after the noun; a conditional such as
     * "returns accepted if not used" then reads as a refusal, which only makes a true sentence fail (the template
     * answers instead), never a false one pass.
     */
    private static boolean negatedAfter(String norm, List<Hit> hits, String signal) {
        for (Hit target : hits) {
            if (!target.has(signal)) continue;
            for (Hit h : hits) {
                if (h.has("neg") && h != target && h.start() >= target.end() && h.start() - target.end() <= NEGATION_REACH
                        && sameClause(norm, target.end(), h.start())) return true;
            }
        }
        return false;
    }

    private static boolean negatesBackwards(String cue) {
        for (int i = 0; i < cue.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cue.charAt(i));
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL) return true;
        }
        return cue.equals("不可") || cue.equals("不要") || cue.equals("無し") || cue.equals("無い");
    }

    private static boolean sameClause(String norm, int from, int to) {
        // a parenthesis is a clause of its own: "Tabby (4 payments without interest) and Tamara" negates neither
        for (int i = from; i < to; i++) if (",;:，；、。،؛()（）".indexOf(norm.charAt(i)) >= 0) return false;
        return true;
    }

    private static String span(String norm, List<Hit> hits, String signal) {
        for (Hit h : hits) if (h.has(signal)) return norm.substring(h.start(), h.end());
        return "";
    }

    private static boolean insideHit(List<Hit> hits, int index) {
        for (Hit h : hits) {
            if (index >= h.start() && index < h.end() && !h.has("range") && !h.has("ignore")) return true;
        }
        return false;
    }

    /** Numbers in digits and in words, each with the unit of time or currency around it. */
    private static void numbers(String norm, String lower, List<Hit> hits, List<Claim> out) {
        List<Num> nums = new ArrayList<>();
        Matcher m = DIGITS.matcher(norm);
        while (m.find()) {
            if (insideHit(hits, m.start())) continue; // "4PX", "3C认证"
            nums.add(new Num(m.start(), m.end(), Numbers.readings(m.group()), false));
        }
        for (Hit h : hits) {
            String n = h.with("num.");
            if (n != null) nums.add(new Num(h.start(), h.end(), List.of(new BigDecimal(n)), true));
            String dur = h.with("dur.");
            if (dur != null) {
                String[] p = dur.split("\\.");
                out.add(duration(List.of(new BigDecimal(p[0])), p[1], norm.substring(h.start(), h.end())));
            }
        }
        Matcher c = CJK_NUMERAL.matcher(norm);
        while (c.find()) {
            BigDecimal v = Numbers.cjk(c.group());
            if (v != null) nums.add(new Num(c.start(), c.end(), List.of(v), true));
        }
        nums.sort((a, b) -> Integer.compare(a.start, b.start));
        for (Num n : nums) {
            int after = skipSpaces(norm, n.end);
            if (after < norm.length() && norm.charAt(after) == '-') after = skipSpaces(norm, after + 1); // "2-year"
            Hit next = hitAt(hits, after);
            if (next != null) {
                if (next.with("unit.") != null) n.unit = next.with("unit.");
                else if (next.with("cur.") != null) n.currency = next.with("cur.");
            }
            int before = n.start;
            while (before > 0 && Character.isWhitespace(norm.charAt(before - 1))) before--;
            Hit prev = hitEndingAt(hits, before);
            if (n.currency == null && prev != null && prev.with("cur.") != null) n.currency = prev.with("cur.");
        }
        // Ranges: "7 to 12 days", "7-12 dias", "$5-10", "7〜12日" share the unit or currency of either end.
        for (int i = 0; i + 1 < nums.size(); i++) {
            Num a = nums.get(i);
            Num b = nums.get(i + 1);
            int at = skipSpaces(norm, a.end);
            Hit between = hitAt(hits, at);
            if (between == null || !between.has("range") || skipSpaces(norm, between.end()) != b.start) continue;
            if (a.unit == null && a.currency == null) {
                a.unit = b.unit;
                a.currency = b.currency;
            } else if (b.unit == null && b.currency == null) {
                b.unit = a.unit;
                b.currency = a.currency;
            }
        }
        for (Num n : nums) {
            String said = norm.substring(n.start, n.end);
            if (n.unit != null) out.add(duration(n.readings, n.unit, said));
            else if (n.currency != null) out.add(new Claim(Kind.AMOUNT, said, false, n.readings, said));
            else if (!n.word) out.add(new Claim(Kind.NUMBER, said, false, n.readings, said));
            // a number word with neither ("two colours", "一起") claims nothing checkable
        }
    }

    /** A duration in hours; months are 30 days and years 365, and 12 months also count as a year. */
    static Claim duration(List<BigDecimal> readings, String unit, String said) {
        List<BigDecimal> hours = new ArrayList<>();
        for (BigDecimal r : readings) hours.addAll(hours(r, unit));
        return new Claim(Kind.DURATION, said + " " + unit, false, hours, said);
    }

    static List<BigDecimal> hours(BigDecimal n, String unit) {
        return switch (unit) {
            case "hour" -> List.of(n.multiply(HOUR));
            case "day" -> List.of(n.multiply(DAY));
            case "week" -> List.of(n.multiply(DAY).multiply(BigDecimal.valueOf(7)));
            case "month" -> n.remainder(BigDecimal.valueOf(12)).signum() == 0
                    ? List.of(n.multiply(DAY).multiply(BigDecimal.valueOf(30)),
                            n.divide(BigDecimal.valueOf(12)).multiply(DAY).multiply(BigDecimal.valueOf(365)))
                    : List.of(n.multiply(DAY).multiply(BigDecimal.valueOf(30)));
            case "year" -> List.of(n.multiply(DAY).multiply(BigDecimal.valueOf(365)),
                    n.multiply(BigDecimal.valueOf(12)).multiply(DAY).multiply(BigDecimal.valueOf(30)));
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static Hit hitAt(List<Hit> hits, int start) {
        for (Hit h : hits) if (h.start() == start) return h;
        return null;
    }

    private static Hit hitEndingAt(List<Hit> hits, int end) {
        for (Hit h : hits) if (h.end() == end) return h;
        return null;
    }
}
