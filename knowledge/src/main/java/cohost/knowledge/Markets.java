package cohost.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides how a list of markets or destinations ("BR", "EU", "*") covers a country: by naming it, by naming a
 * region of store.json that contains it, or by "*".
 */
final class Markets {
    static final int NONE = Integer.MAX_VALUE;
    static final int BY_COUNTRY = 0;
    static final int BY_REGION = 1;
    static final int BY_ANY = 2;

    private final Map<String, Set<String>> regions;

    Markets(Map<String, Set<String>> regions) {
        this.regions = regions;
    }

    /** How specifically {@code markets} covers the country: {@link #BY_COUNTRY} ... {@link #BY_ANY}, or {@link #NONE}. */
    int specificity(List<String> markets, String country) {
        int best = NONE;
        for (String m : markets) {
            if (m.equals(country)) return BY_COUNTRY;
            Set<String> region = regions.get(m);
            if (region != null && region.contains(country)) best = Math.min(best, BY_REGION);
            else if (m.equals("*")) best = Math.min(best, BY_ANY);
        }
        return best;
    }

    boolean covers(List<String> markets, String country) {
        return specificity(markets, country) != NONE;
    }

    static String describe(int specificity) {
        return switch (specificity) {
            case BY_COUNTRY -> "its country code";
            case BY_REGION -> "a region";
            default -> "\"*\"";
        };
    }
}
