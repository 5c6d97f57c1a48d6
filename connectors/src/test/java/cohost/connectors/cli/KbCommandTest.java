package cohost.connectors.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cohost kb check|search|shipping}, run as a user would and judged by output and exit code. */
class KbCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run cohost(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = CohostCli.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path kb() throws IOException {
        Files.writeString(dir.resolve("store.json"), """
                {"id": "mini", "name": "Mini Shop", "defaultLanguage": "en", "languages": ["en", "pt"],
                 "currency": "USD", "regions": {"LATAM": ["BR", "MX"]}}
                """);
        Files.writeString(dir.resolve("products.jsonl"), """
                {"sku": "MUG-1", "title": {"en": "Ceramic Mug", "pt": "Caneca de cerâmica"}, "category": "home", "price": {"amount": 12, "currency": "USD"}, "variants": [{"sku": "MUG-1-RED", "options": {"color": "red"}}]}
                {"sku": "TEA-1", "title": "Oolong Tea", "category": "food", "price": {"amount": 8.5, "currency": "USD"}}
                """);
        Files.writeString(dir.resolve("shipping.json"), """
                {"rules": [
                  {"id": "br-post", "destinations": ["BR"], "service": "Standard", "carrier": "Correios", "minDays": 15, "maxDays": 30, "price": {"amount": 9.99, "currency": "USD"}, "duties": "DDU"},
                  {"id": "latam-dhl", "destinations": ["LATAM"], "service": "Express", "carrier": "DHL", "minDays": 5, "maxDays": 9, "price": {"amount": 24.99, "currency": "USD"}, "freeOver": {"amount": 200, "currency": "USD"}, "duties": "DDP"}
                ]}
                """);
        Files.writeString(dir.resolve("faq.jsonl"), """
                {"id": "faq-mug", "question": "Is the mug dishwasher safe?", "answer": "Yes."}
                """);
        return dir;
    }

    @Test
    void checkSummarizesAValidFolder() throws IOException {
        Run run = cohost("kb", "check", kb().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Mini Shop (mini) is valid")
                .contains("products         2 in 2 categories, 1 variants")
                .contains("shipping rules   2, reaching 2 countries")
                .contains("FAQ entries      1")
                .contains("regions          LATAM (2)");
    }

    @Test
    void checkPrintsEveryProblemOnePerLineAndExitsOne() throws IOException {
        kb();
        Files.writeString(dir.resolve("faq.jsonl"), "{\"id\": \"f\", \"question\": \"Q?\"}\n{oops\n");
        Run run = cohost("kb", "check", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).contains("faq.jsonl line 1, answer: missing required field 'answer'")
                .anySatisfy(l -> assertThat(l).startsWith("faq.jsonl line 2, column 2: malformed JSON"))
                .contains("2 problems in " + dir);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void searchPrintsHitsBestFirstInTheGivenLanguage() throws IOException {
        Run run = cohost("kb", "search", kb().toString(), "caneca", "--lang", "pt", "--limit", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).singleElement().satisfies(line ->
                assertThat(line).startsWith("product  MUG-1").endsWith("Caneca de cerâmica  12 USD"));
    }

    @Test
    void searchFindsFaqEntriesAndSaysWhenNothingMatches() throws IOException {
        kb();
        assertThat(cohost("kb", "search", dir.toString(), "dishwasher").out()).startsWith("faq      faq-mug");
        assertThat(cohost("kb", "search", dir.toString(), "bicycle").out()).isEqualTo("no match for \"bicycle\"\n");
    }

    @Test
    void shippingAcceptsACountryCodeOrANameInAnyLanguage() throws IOException {
        kb();
        for (String country : new String[]{"BR", "Brasil", "ブラジル"}) {
            Run run = cohost("kb", "shipping", dir.toString(), country);
            assertThat(run.exit()).isZero();
            assertThat(run.out().lines()).hasSize(3).first().isEqualTo("Brazil (BR): 2 shipping services, cheapest first");
            assertThat(run.out()).contains("br-post", "Correios", "15-30 business days", "9.99 USD", "DDU")
                    .contains("latam-dhl", "free over 200 USD", "DDP");
        }
    }

    @Test
    void shippingAcceptsACityOrRegionAndSaysWhichCountryItTookItFor() throws IOException {
        kb();
        for (String place : new String[]{"São Paulo", "sao paulo", "サンパウロ", "圣保罗", "상파울루"}) {
            Run run = cohost("kb", "shipping", dir.toString(), place);
            assertThat(run.exit()).as(place).isZero();
            assertThat(run.out().lines()).as(place).hasSize(4).first().isEqualTo(place + ": taken as Brazil (BR)");
            assertThat(run.out()).contains("Brazil (BR): 2 shipping services, cheapest first", "br-post", "latam-dhl");
        }
        assertThat(cohost("kb", "shipping", dir.toString(), "München").out())
                .isEqualTo("München: taken as Germany (DE)\nGermany (DE): no shipping service in this store\n");
        assertThat(cohost("kb", "shipping", "demo", "München").out())
                .startsWith("München: taken as Germany (DE)\nGermany (DE): ").contains("shipping service");
    }

    @Test
    void shippingToAnUnservedOrUnknownCountrySaysSo() throws IOException {
        kb();
        assertThat(cohost("kb", "shipping", dir.toString(), "Japan").out())
                .isEqualTo("Japan (JP): no shipping service in this store\n");
        Run unknown = cohost("kb", "shipping", dir.toString(), "Qwzxyville");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("unknown country or place 'Qwzxyville'");
    }
}
