package cohost.connectors.cli;

import cohost.knowledge.FaqEntry;
import cohost.knowledge.KbException;
import cohost.knowledge.KbProblem;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Money;
import cohost.knowledge.Product;
import cohost.knowledge.SearchHit;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code cohost kb check|search|shipping DIR ...}: look at a knowledge-base folder the way the engine will. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Check, search and query a knowledge-base folder. DIR is a folder, or the word 'demo' for the"
                + " bundled demo store (write ./demo for a folder named demo).",
        subcommands = {KbCommand.Check.class, KbCommand.Search.class, KbCommand.Shipping.class})
final class KbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Loads DIR (or the bundled demo store); on problems prints each on stderr and returns null. */
    static KnowledgeBase load(String dir, CommandSpec spec) {
        try {
            return dir.equals("demo") ? KnowledgeBase.loadResource(KnowledgeBase.DEMO_FOLDER)
                    : KnowledgeBase.load(Path.of(dir));
        } catch (KbException e) {
            PrintWriter err = spec.commandLine().getErr();
            for (KbProblem p : e.problems()) err.println(p);
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in " + dir);
            err.flush();
            return null;
        }
    }

    static String money(Money m) {
        return m == null ? "" : m.amount().toPlainString() + " " + m.currency();
    }

    @Command(name = "check", description = "Validate DIR: print a summary, or every problem (exit 1).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR", description = "the KB folder, or 'demo'")
        String dir;

        @Override
        public Integer call() {
            KnowledgeBase kb = load(dir, spec);
            if (kb == null) return 1;
            Store s = kb.store();
            PrintWriter out = spec.commandLine().getOut();
            int variants = kb.products().stream().mapToInt(p -> p.variants().size()).sum();
            long categories = kb.products().stream().map(Product::category).filter(c -> c != null).distinct().count();
            out.printf("%s (%s) is valid%n", s.name(), s.id());
            out.printf("  products         %d in %d categories, %d variants%n", kb.products().size(), categories, variants);
            out.printf("  shipping rules   %d, reaching %d countries%n", kb.shippingOptions().size(),
                    kb.shippingCountries().size());
            out.printf("  return policies  %d%n", kb.returnPolicies().size());
            out.printf("  payment methods  %d%n", kb.paymentMethods().size());
            out.printf("  FAQ entries      %d%n", kb.faqs().size());
            out.printf("  languages        %s (default %s, host %s)%n", String.join(", ", s.languages()),
                    s.defaultLanguage(), s.hostLanguage());
            out.printf("  regions          %s%n", s.regions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " (" + e.getValue().size() + ")").collect(Collectors.joining(", ")));
            out.flush();
            return 0;
        }
    }

    @Command(name = "search", description = "Full-text search of DIR's products, FAQ and policies, best first.")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DIR", description = "the KB folder, or 'demo'")
        String dir;
        @Parameters(index = "1", paramLabel = "QUERY")
        String query;
        @Option(names = "--lang", paramLabel = "xx", description = "the query's language (default: the store's)")
        String lang;
        @Option(names = "--limit", defaultValue = "10", description = "at most this many hits (default: ${DEFAULT-VALUE})")
        int limit;

        @Override
        public Integer call() {
            KnowledgeBase kb = load(dir, spec);
            if (kb == null) return 1;
            String language = lang == null ? kb.store().defaultLanguage() : lang;
            List<SearchHit> hits = kb.search(query, language, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (hits.isEmpty()) out.println("no match for \"" + query + "\"");
            for (SearchHit h : hits) {
                out.printf("%-8s %-20s %7.2f  %s%n", h.kind(), h.id(), h.score(), label(kb, h, language));
            }
            out.flush();
            return 0;
        }

        private static String label(KnowledgeBase kb, SearchHit hit, String lang) {
            return switch (hit.kind()) {
                case "product" -> kb.product(hit.id()).map(p -> p.title().in(lang) + "  " + money(p.price())).orElse("");
                case "faq" -> kb.faq(hit.id()).map(FaqEntry::question).map(q -> q.in(lang)).orElse("");
                default -> "";
            };
        }
    }

    @Command(name = "shipping", description = "Every shipping service of DIR to COUNTRY, cheapest first.")
    static final class Shipping implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DIR", description = "the KB folder, or 'demo'")
        String dir;
        @Parameters(index = "1", paramLabel = "COUNTRY",
                description = "an ISO code (BR), a country name in a supported language (Brasil, ブラジル), or a city or region (München, 多伦多)")
        String country;

        @Override
        public Integer call() {
            KnowledgeBase kb = load(dir, spec);
            if (kb == null) return 1;
            String code = kb.countries().resolvePlace(country).orElse(null);
            if (code == null) {
                spec.commandLine().getErr().println("unknown country or place '" + country
                        + "': give an ISO 3166-1 alpha-2 code such as BR, a country name, or a city or region");
                spec.commandLine().getErr().flush();
                return 1;
            }
            String name = kb.countries().name(code, kb.store().defaultLanguage());
            List<ShippingOption> options = kb.shippingTo(code);
            PrintWriter out = spec.commandLine().getOut();
            if (kb.countries().resolve(country).isEmpty()) {
                // a city or region: say which country it was taken for (a name several places share is the biggest's)
                out.printf("%s: taken as %s (%s)%n", country, name, code);
            }
            if (options.isEmpty()) {
                out.printf("%s (%s): no shipping service in this store%n", name, code);
            } else {
                out.printf("%s (%s): %d shipping %s, cheapest first%n", name, code, options.size(),
                        options.size() == 1 ? "service" : "services");
            }
            for (ShippingOption o : options) {
                out.printf("  %-16s %-10s %-12s %2d-%-2d business days  %-12s%s%s%n", o.id(), o.service(),
                        o.carrier() == null ? "" : o.carrier(), o.minDays(), o.maxDays(), money(o.price()),
                        o.freeOver() == null ? "" : "  free over " + money(o.freeOver()),
                        o.duties() == null ? "" : "  " + o.duties());
            }
            out.flush();
            return 0;
        }
    }
}
