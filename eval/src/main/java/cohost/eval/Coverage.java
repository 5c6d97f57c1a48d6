package cohost.eval;

import cohost.engine.Intent;
import cohost.engine.Role;
import cohost.engine.Source;
import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.SuiteResult;
import cohost.eval.Results.TurnResult;
import cohost.knowledge.Language;
import cohost.knowledge.Languages;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a run's conversations exercise: each turn is labelled with its intent, language, destination region, the kinds
 * of fact its reply cited, and the asker's role, and counted in four tables (intent x language, fact kind x language,
 * region x fact kind, role x intent). A cell no turn reaches is a gap; {@code share} is the covered share of all cells.
 *
 * <p>Labels: the intent a turn asserts ({@code intent:}), else the reply's, else what the room understood; the
 * speaker's declared language, else the conversation's, else the reply's; the region (UN M.49 sub-region, as ICU
 * names it) of the asker's declared country; the fact kinds of the sources the reply cited (a shipping rule cited for a
 * question about duties, import tax or customs counts as duties).
 *
 * @param share covered cells / all cells over the four tables (0..1)
 */
public record Coverage(List<Table> tables, double share) {

    public static final List<String> FACT_KINDS =
            List.of("shipping", "duties", "returns", "payment", "product attribute", "FAQ");
    static final String UNKNOWN = "(none)";

    /**
     * One table: how many turns fall in each cell, and the cells none do.
     *
     * @param counts counts[row][column]
     * @param gaps   "row x column" for every empty cell
     */
    public record Table(String name, String rowAxis, String columnAxis, List<String> rows, List<String> columns,
                        int[][] counts, int covered, int cells, List<String> gaps) {
        public double share() {
            return cells == 0 ? 1 : (double) covered / cells;
        }
    }

    /** One turn's labels. */
    record Labels(String intent, String lang, String region, Set<String> kinds, String role) {
    }

    // Words for duties and import taxes in the registry's languages, to tell a duties question from a shipping one.
    private static final Pattern DUTY_WORDS = Pattern.compile("(?iu)dut(y|ies)|customs|import (tax|fee)|tariff|\\bvat\\b"
            + "|\\bgst\\b|\\bioss\\b|\\bicms\\b|arancel|aduana|impuesto|\\biva\\b|imposto|taxa|alf[aâ]ndega|tributo|douane"
            + "|droits|\\btva\\b|\\bzoll|steuer|einfuhr|bea cukai|pajak|cukai|関税|税金|消費税|관세|세금|부가세|关税|關稅|税费|稅|进口税"
            + "|جمارك|جمركي|ضريبة|رسوم");

    /** The coverage of a run. {@code destinations}: countries the store ships to (regions to cover), may be empty. */
    public static Coverage of(List<SuiteResult> suites, Collection<String> destinations) {
        List<Labels> labels = new ArrayList<>();
        for (SuiteResult s : suites) {
            for (ConversationResult c : s.conversations()) {
                if (c.run() != 1) continue; // a repeated run exercises nothing new
                for (TurnResult t : c.turns()) labels.add(label(t));
            }
        }
        List<String> intents = Arrays.stream(Intent.values()).map(Intent::wireName).toList();
        List<String> langs = Languages.all().stream().filter(l -> !l.isVariant()).map(Language::code).toList();
        Set<String> regions = new TreeSet<>();
        for (String d : destinations) {
            for (String country : territories(d)) regions.add(region(country));
        }
        labels.forEach(l -> regions.add(l.region()));
        regions.remove(UNKNOWN);
        List<String> roles = Arrays.stream(Role.values()).map(Role::wireName).toList();

        List<Table> tables = List.of(
                table("intent x language", "intent", "language", intents, langs, labels,
                        l -> List.of(l.intent()), l -> List.of(base(l.lang()))),
                table("fact kind x language", "fact kind", "language", FACT_KINDS, langs, labels,
                        Labels::kinds, l -> List.of(base(l.lang()))),
                table("region x fact kind", "destination region", "fact kind", List.copyOf(regions), FACT_KINDS, labels,
                        l -> List.of(l.region()), Labels::kinds),
                table("role x intent", "role", "intent", roles, intents, labels,
                        l -> List.of(l.role()), l -> List.of(l.intent())));
        int covered = tables.stream().mapToInt(Table::covered).sum(), cells = tables.stream().mapToInt(Table::cells).sum();
        return new Coverage(tables, cells == 0 ? 1 : (double) covered / cells);
    }

    private static String base(String lang) {
        return Languages.get(lang).map(l -> l.isVariant() ? l.base() : l.code()).orElse(lang);
    }

    static Labels label(TurnResult t) {
        Observation o = t.observation();
        String intent = t.expectedIntent() != null ? t.expectedIntent()
                : o.intent() != null ? o.intent() : t.understoodIntent() != null ? t.understoodIntent() : UNKNOWN;
        String lang = t.lang() != null ? t.lang() : o.lang() != null ? o.lang() : UNKNOWN;
        Set<String> kinds = new LinkedHashSet<>();
        for (Source s : o.sources()) {
            String k = switch (s.kind()) {
                case "shipping" -> t.text() != null && DUTY_WORDS.matcher(t.text()).find() ? "duties" : "shipping";
                case "duties", "customs", "taxes" -> "duties";
                case "returns" -> "returns";
                case "payment" -> "payment";
                case "product" -> "product attribute";
                case "faq" -> "FAQ";
                default -> null;
            };
            if (k != null) kinds.add(k);
        }
        return new Labels(intent, lang, t.country() == null ? UNKNOWN : region(t.country()), kinds, t.role());
    }

    /** A country, or the countries of a grouping such as EU. */
    static List<String> territories(String code) {
        try {
            Region r = Region.getInstance(code.toUpperCase(Locale.ROOT));
            if (r.getType() == Region.RegionType.TERRITORY) return List.of(r.toString());
            return r.getContainedRegions(Region.RegionType.TERRITORY).stream().map(Region::toString).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The UN M.49 sub-region of a country, named in English ("South America"), or the code when ICU does not know it. */
    static String region(String country) {
        try {
            Region r = Region.getInstance(country.toUpperCase(Locale.ROOT)).getContainingRegion();
            if (r == null) return country;
            return LocaleDisplayNames.getInstance(ULocale.ENGLISH).regionDisplayName(r.toString());
        } catch (IllegalArgumentException e) {
            return country;
        }
    }

    private static Table table(String name, String rowAxis, String columnAxis, List<String> rows, List<String> columns,
                               List<Labels> labels, java.util.function.Function<Labels, Collection<String>> row,
                               java.util.function.Function<Labels, Collection<String>> column) {
        int[][] counts = new int[rows.size()][columns.size()];
        for (Labels l : labels) {
            for (String r : row.apply(l)) {
                int i = rows.indexOf(r);
                if (i < 0) continue;
                for (String c : column.apply(l)) {
                    int j = columns.indexOf(c);
                    if (j >= 0) counts[i][j]++;
                }
            }
        }
        List<String> gaps = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                if (counts[i][j] > 0) covered++;
                else gaps.add(rows.get(i) + " x " + columns.get(j));
            }
        }
        return new Table(name, rowAxis, columnAxis, rows, columns, counts, covered, rows.size() * columns.size(), gaps);
    }
}
