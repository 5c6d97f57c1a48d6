package cohost.engine.answer.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reading numbers as the ten languages write them. */
final class Numbers {

    private Numbers() {
    }

    /**
     * The values a written number may mean: "1,299" -> {1299, 1.299}, "12,50" -> {12.5}, "1.299,00" -> {1299}. A
     * separator that could be either decimal or thousands gives both readings.
     */
    static List<BigDecimal> readings(String written) {
        String s = written.replaceAll("[ \\u00a0\\u202f]", "");
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        List<BigDecimal> out = new ArrayList<>(2);
        if (lastDot < 0 && lastComma < 0) {
            out.add(value(s));
        } else if (lastDot >= 0 && lastComma >= 0) {
            int dec = Math.max(lastDot, lastComma);
            out.add(value(s.substring(0, dec).replaceAll("[.,]", "") + "." + s.substring(dec + 1)));
        } else {
            char sep = lastDot >= 0 ? '.' : ',';
            int last = Math.max(lastDot, lastComma);
            boolean single = s.indexOf(sep) == last;
            if (!single || s.length() - last - 1 == 3) out.add(value(s.replace(String.valueOf(sep), "")));
            if (single) out.add(value(s.replace(sep, '.')));
        }
        return out;
    }

    static BigDecimal value(String plain) {
        BigDecimal v = new BigDecimal(plain).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A Chinese or Japanese numeral ("十二" 12, "两" 2, "二十五" 25, "半" 0.5), or null if it is not one. */
    static BigDecimal cjk(String s) {
        if (s.equals("半")) return new BigDecimal("0.5");
        if (s.contains("半")) return null;
        long total = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') d = 0;
            if (c == '两' || c == '兩') d = 2;
            if (d >= 0) {
                if (digit >= 0) digit = digit * 10 + d; // "一二" read digit by digit
                else digit = d;
            } else if (c == '十' || c == '百') {
                long unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return null;
            }
        }
        if (digit > 0) total += digit;
        return BigDecimal.valueOf(total);
    }
}
