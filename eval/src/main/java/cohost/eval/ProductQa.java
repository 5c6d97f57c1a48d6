package cohost.eval;

import cohost.engine.Cohost;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Listings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cohost eval pqa}: how often a reply to a real product question states the catalogue evidence that
 * answers it. Reads hetPQA's answer-generation files (TAB-separated: ASIN, question, candidate, answer, source),
 * builds a KB with one product per ASIN (attribute rows become attributes, bullet rows bullets, Desc and OSP rows
 * description sentences; the price is made up, the data has none), asks every question in English with its product
 * on screen, and counts a question as answered when the reply contains one of its catalogue evidences (an
 * attribute's value as the KB holds it, or the sentence; boolean attributes as yes/no). Questions whose only
 * evidence is another customer's answer or a review are counted apart: their right answer is "the listing doesn't
 * say".
 */
public final class ProductQa {
    /** The longest attribute value a KB accepts (KbReader: a name-like text). */
    private static final int MAX_ATTRIBUTE_VALUE = 500;

    private static final Set<String> CATALOGUE = Set.of("attribute", "bullet", "Desc", "OSP");
    private static final Pattern DIMENSION = Pattern.compile(
            "(width|length|height|depth):\\{ unit:(\\w+), normalized_value:\\{[^}]*\\}, value:([0-9.]+) \\}");
    private static final Pattern UNIT = Pattern.compile("^\\{ unit:(\\w+),");
    private static final Pattern VALUE = Pattern.compile("value:(\"(?:[^\"]*)\"|[^,}\\s]+)");

    /** One row of a hetPQA file. */
    record Row(String asin, String question, String candidate, String source) {
    }

    /** One attribute of the dataset as the KB gets it. */
    record Attribute(String key, String value) {
    }

    /** One question and how it was answered. */
    record Outcome(String asin, String question, boolean catalogue, boolean stated, boolean notStated, String intent,
                   String reply, List<String> evidence) {
    }

    /** The figures of a run. */
    record Report(int catalogueQuestions, int stated, int otherQuestions, int otherNotStated, Map<String, int[]> bySource,
                  List<Outcome> outcomes) {
        double rate() {
            return catalogueQuestions == 0 ? 0 : (double) stated / catalogueQuestions;
        }
    }

    private ProductQa() {
    }

    static List<Row> read(List<Path> files) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String[] c = lines.get(i).split("\t", -1);
                if (c.length < 5) continue;
                rows.add(new Row(c[0].strip(), unquote(c[1]), unquote(c[2]), c[4].strip()));
            }
        }
        return rows;
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        return s;
    }

    /** "item_weight:  { unit:ounces, ..., value:8.48 }" -> item_weight = "8.48 ounces"; null when unreadable. */
    static Attribute attribute(String candidate) {
        int colon = candidate.indexOf(':');
        if (colon <= 0) return null;
        String key = candidate.substring(0, colon).strip();
        String body = candidate.substring(colon + 1).strip();
        Matcher d = DIMENSION.matcher(body);
        List<String> dims = new ArrayList<>();
        while (d.find()) dims.add(d.group(1) + " " + number(d.group(3)) + " " + d.group(2));
        if (!dims.isEmpty()) return new Attribute(key, String.join(", ", dims));
        Matcher v = VALUE.matcher(body);
        String value = null;
        while (v.find()) value = v.group(1); // the outermost value is the last one
        if (value == null) return null;
        value = value.startsWith("\"") ? value.substring(1, value.length() - 1) : number(value);
        Matcher u = UNIT.matcher(body);
        if (u.find()) value = value + " " + u.group(1);
        return value.isBlank() ? null : new Attribute(key, value.strip());
    }

    private static String number(String n) {
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** Writes a KB folder with one product per ASIN that has catalogue rows. */
    static void writeKb(List<Row> rows, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("store.json"), """
                {"id": "pqa", "name": "Product QA", "defaultLanguage": "en", "hostLanguage": "en", "currency": "USD"}
                """);
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        Map<String, Set<String>> bullets = new LinkedHashMap<>();
        Map<String, Set<String>> description = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!CATALOGUE.contains(r.source())) continue;
            attributes.computeIfAbsent(r.asin(), k -> new LinkedHashMap<>());
            bullets.computeIfAbsent(r.asin(), k -> new LinkedHashSet<>());
            description.computeIfAbsent(r.asin(), k -> new LinkedHashSet<>());
            switch (r.source()) {
                case "attribute" -> {
                    Attribute a = attribute(r.candidate());
                    // the KB holds attribute values of at most 500 characters (a name-like text); a longer one
                    // ("included_components" listing every piece) is the listing's text, kept as a bullet
                    if (a != null && a.value().length() > MAX_ATTRIBUTE_VALUE) {
                        bullets.get(r.asin()).add(Listings.humanize(a.key()) + ": " + a.value());
                    } else if (a != null) {
                        attributes.get(r.asin()).putIfAbsent(a.key(), a.value());
                    }
                }
                case "bullet" -> bullets.get(r.asin()).add(r.candidate());
                default -> description.get(r.asin()).add(sentence(r.candidate()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (String asin : attributes.keySet()) {
            ObjectNode p = json.createObjectNode();
            p.put("sku", asin);
            p.put("title", "Item " + asin);
            p.putObject("price").put("amount", 19.99).put("currency", "USD");
            String desc = String.join(" ", description.get(asin));
            if (!desc.isBlank()) p.put("description", desc);
            ObjectNode attrs = p.putObject("attributes");
            attributes.get(asin).forEach(attrs::put);
            ArrayNode b = p.putArray("bullets");
            bullets.get(asin).forEach(b::add);
            out.append(json.writeValueAsString(p)).append('\n');
        }
        Files.writeString(dir.resolve("products.jsonl"), out.toString());
    }

    /** A Desc/OSP piece as a sentence of the description: ended by a full stop. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    /** Asks every question (grouped by ASIN and question) with its product on screen and checks the replies. */
    static Report run(List<Row> rows, KnowledgeBase kb) {
        Map<String, List<Row>> byQuestion = new LinkedHashMap<>();
        for (Row r : rows) byQuestion.computeIfAbsent(r.asin() + "\t" + r.question(), k -> new ArrayList<>()).add(r);
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, int[]> bySource = new TreeMap<>();
        int catalogue = 0, stated = 0, other = 0, otherNotStated = 0, n = 0;
        try (Cohost cohost = Cohost.builder(kb).build()) {
            for (List<Row> group : byQuestion.values()) {
                Row first = group.get(0);
                List<String> evidence = new ArrayList<>();
                String source = null;
                for (Row r : group) {
                    if (!CATALOGUE.contains(r.source())) continue;
                    if (source == null) source = r.source();
                    if (r.source().equals("attribute")) {
                        Attribute a = attribute(r.candidate());
                        if (a != null) evidence.add(a.value());
                    } else {
                        evidence.add(sentence(r.candidate()));
                    }
                }
                boolean hasProduct = kb.product(first.asin()).isPresent();
                n++;
                ReplyResult reply = cohost.ask("pqa-" + n, Utterance.typed("q" + n,
                        Speaker.customer("pqa-" + n, null, "en", null), first.question()),
                        hasProduct ? first.asin() : null).result().join();
                String text = reply.text();
                boolean notStated = reply.handoff();
                if (evidence.isEmpty()) {
                    other++;
                    if (notStated) otherNotStated++;
                    outcomes.add(new Outcome(first.asin(), first.question(), false, false, notStated,
                            reply.intent().wireName(), text, List.of()));
                    continue;
                }
                catalogue++;
                boolean ok = evidence.stream().anyMatch(e -> states(text, e));
                if (ok) stated++;
                int[] s = bySource.computeIfAbsent(source, k -> new int[2]);
                s[0]++;
                if (ok) s[1]++;
                outcomes.add(new Outcome(first.asin(), first.question(), true, ok, notStated, reply.intent().wireName(),
                        text, evidence));
            }
        }
        return new Report(catalogue, stated, other, otherNotStated, bySource, outcomes);
    }

    /**
     * Whether the reply states the evidence: its text (spaces and case aside; a long sentence by its first 120
     * characters, as replies quote at most 280); a true/false attribute by yes/no.
     */
    static boolean states(String reply, String evidence) {
        String r = normal(reply), e = normal(evidence);
        if (e.equals("true")) return r.contains("yes");
        if (e.equals("false")) return r.contains("no");
        if (e.endsWith(".")) e = e.substring(0, e.length() - 1);
        if (e.length() > 120) e = e.substring(0, 120);
        return r.contains(e);
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Reads the files, builds the KB in {@code work}, runs, and prints the figures (and some failures). */
    static Report evaluate(List<Path> files, Path work, int showFailures, java.io.PrintWriter out)
            throws IOException, KbException {
        List<Row> rows = read(files);
        writeKb(rows, work);
        KnowledgeBase kb = KnowledgeBase.load(work);
        Report report = run(rows, kb);
        out.printf(Locale.ROOT, "products: %d, questions: %d (%d with catalogue evidence, %d with only reviews or "
                        + "customers' answers)%n", kb.products().size(), report.catalogueQuestions() + report.otherQuestions(),
                report.catalogueQuestions(), report.otherQuestions());
        out.printf(Locale.ROOT, "reply states the evidence: %d of %d = %.1f%%%n", report.stated(),
                report.catalogueQuestions(), 100 * report.rate());
        report.bySource().forEach((source, s) -> out.printf(Locale.ROOT, "  evidence in %-9s %4d of %4d = %5.1f%%%n",
                source + ":", s[1], s[0], s[0] == 0 ? 0.0 : 100.0 * s[1] / s[0]));
        out.printf(Locale.ROOT, "questions the catalogue does not answer, replied 'the listing doesn't say' (or another "
                + "handoff): %d of %d%n", report.otherNotStated(), report.otherQuestions());
        int shown = 0;
        for (Outcome o : report.outcomes()) {
            if (shown >= showFailures) break;
            if (!o.catalogue() || o.stated()) continue;
            shown++;
            out.println("- " + o.asin() + " " + o.question());
            out.println("  reply (" + o.intent() + "): " + o.reply());
            out.println("  evidence: " + o.evidence());
        }
        out.flush();
        return report;
    }

    /** For tests: the run's figures on the given files, the KB built in a fresh temporary folder. */
    static Report evaluate(List<Path> files) {
        try {
            Path dir = Files.createTempDirectory("cohost-pqa");
            return evaluate(files, dir, 0, new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KbException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
