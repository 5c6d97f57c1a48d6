package cohost.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Shopify product body ({@code Body (HTML)}) read the way a shopper reads it: the specs a merchant lists as
 * "Label: value" list items, table rows or lines ({@code <li><b>Battery:</b> 600 mAh</li>},
 * {@code <tr><th>Weight</th><td>180 g</td></tr>}) become attributes, so an attribute question, a unit, a yes/no or a
 * label named in another language finds them as it finds a JSON Lines attribute; everything else becomes description
 * sentences, each list item and paragraph ending in its own full stop, so a sentence quoted from it is one item, not
 * a whole list run together. Headings are titles of what follows, not facts, and are left out.
 *
 * @param attributes  label (as the merchant wrote it, without the colon) to value, in body order; the first of a
 *                    repeated label is kept
 * @param description the rest, as sentences; empty when the body had none
 */
record ShopifyBody(Map<String, String> attributes, String description) {

    /** "Label: value", the label short and with no sentence punctuation of its own. */
    private static final Pattern LABELLED = Pattern.compile("^([^:：.!?。！？;]{1,40}?)\\s*[:：]\\s*(\\S.*)$");
    private static final int MAX_LABEL_WORDS = 5;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Elements whose text is one block of its own: a boundary before and after. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "dd", "dt", "blockquote", "section",
            "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tbody", "thead", "dl", "br", "hr",
            "header", "footer", "figure", "figcaption", "pre");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    ShopifyBody {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Reads a body; text that is not HTML at all is one paragraph. */
    static ShopifyBody of(String html) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> sentences = new ArrayList<>();
        if (html == null || html.isBlank()) return new ShopifyBody(attributes, "");
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, img, iframe, video, svg").remove();
        // a table row of two cells is a label and its value ("Material | Aluminium")
        for (Element row : body.select("tr")) {
            Elements cells = row.select("> th, > td");
            if (cells.size() == 2) {
                String label = label(text(cells.get(0)));
                String value = text(cells.get(1));
                if (label != null && !value.isEmpty()) attributes.putIfAbsent(label, value);
                row.remove();
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(body, lines, current);
        flush(lines, current);
        for (String line : lines) {
            Matcher m = LABELLED.matcher(line);
            String label = m.matches() ? label(m.group(1)) : null;
            if (label != null) {
                attributes.putIfAbsent(label, stripEnd(m.group(2)));
            } else {
                sentences.add(sentence(line));
            }
        }
        return new ShopifyBody(attributes, String.join(" ", sentences));
    }

    /** Walks the tree, cutting the text into lines at every block boundary; headings are skipped. */
    private static void collect(Node node, List<String> lines, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (HEADINGS.contains(tag)) {
                    flush(lines, current);
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) flush(lines, current);
                // a cell of a row that is not label-and-value keeps a separator from its neighbour
                if (tag.equals("td") || tag.equals("th")) current.append(' ');
                collect(e, lines, current);
                if (block) flush(lines, current);
            }
        }
    }

    private static void flush(List<String> lines, StringBuilder current) {
        String line = SPACES.matcher(current.toString().replace('\u00A0', ' ')).replaceAll(" ").strip();
        // inline tags split a word from its punctuation ("<b>linen</b> ,"): join them again
        line = line.replaceAll(" ([,.;:!?])", "$1");
        if (!line.isEmpty()) lines.add(line);
        current.setLength(0);
    }

    private static String text(Element e) {
        return SPACES.matcher(e.text().replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** A label fit to name an attribute, or null ("Note" is one; "Pat it into the skin" is not). */
    private static String label(String raw) {
        String s = stripEnd(raw.strip());
        if (s.endsWith(":") || s.endsWith("：")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty() || s.length() > 40 || s.chars().noneMatch(Character::isLetter)) return null;
        if (s.split(" ").length > MAX_LABEL_WORDS) return null;
        return s;
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(",") || t.endsWith("•"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** A line as a sentence: it ends in a full stop unless it already ends like a sentence. */
    private static String sentence(String line) {
        String s = stripEnd(line);
        if (s.isEmpty()) return s;
        int last = s.codePointBefore(s.length());
        if (".!?。！？…".indexOf(last) >= 0) return s;
        boolean cjk = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(last) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(last) == Character.UnicodeScript.KATAKANA;
        return s + (cjk ? "。" : ".");
    }

    /** The attribute key a metafield column names: its label, else its key ("Skin type (product.metafields...)"). */
    static String metafieldLabel(String header) {
        Matcher m = METAFIELD.matcher(header.strip());
        if (!m.matches()) return null;
        String label = m.group(1).strip();
        if (!label.isEmpty()) return label;
        String key = m.group(3).replace('-', ' ').replace('_', ' ').strip();
        return key.isEmpty() ? null : key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }

    /** A product metafield column of the export: "Label (product.metafields.namespace.key)". */
    private static final Pattern METAFIELD =
            Pattern.compile("^(.*?)\\s*\\(product\\.metafields\\.([^.()\\s]+)\\.([^()\\s]+)\\)$", Pattern.CASE_INSENSITIVE);
}
