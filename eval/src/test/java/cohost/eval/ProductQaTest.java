package cohost.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cohost eval pqa} on a sample of real Amazon product questions (hetPQA, CDLA-Sharing-1.0; see
 * src/test/resources/pqa/SOURCE.md): the dataset's attributes are read as the KB holds them, and the share of
 * replies that state the catalogue evidence is reported (and must not fall back to a spec dump's one in five).
 */
class ProductQaTest {
    static Path sample() {
        try {
            return Path.of(ProductQaTest.class.getResource("/pqa/hetpqa-sample.tsv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void attributesAreReadAsValuesWithTheirUnits() {
        assertThat(ProductQa.attribute("item_weight:  { unit:ounces, normalized_value:{ unit:pounds, value:0.53 }, value:8.48 }"))
                .isEqualTo(new ProductQa.Attribute("item_weight", "8.48 ounces"));
        assertThat(ProductQa.attribute("item_dimensions:  { width:{ unit:inches, normalized_value:{ unit:inches, value:4. }, "
                + "value:4. }, length:{ unit:inches, normalized_value:{ unit:inches, value:24. }, value:24. }, height:{ "
                + "unit:inches, normalized_value:{ unit:inches, value:14. }, value:14. } }"))
                .isEqualTo(new ProductQa.Attribute("item_dimensions", "width 4 inches, length 24 inches, height 14 inches"));
        assertThat(ProductQa.attribute("color:  { standardized_values:[ \"blue\" ], value:\"blue\" }"))
                .isEqualTo(new ProductQa.Attribute("color", "blue"));
        assertThat(ProductQa.attribute("batteries_required:  { value:true }"))
                .isEqualTo(new ProductQa.Attribute("batteries_required", "true"));
    }

    @Test
    void aReplyStatesEvidenceByItsTextOrByYesAndNo() {
        assertThat(ProductQa.states("Item X — weight: 8.48 ounces.", "8.48 ounces")).isTrue();
        assertThat(ProductQa.states("Yes. Item X — batteries required: yes.", "true")).isTrue();
        assertThat(ProductQa.states("Item X: $19.99. In stock.", "8.48 ounces")).isFalse();
    }

    @Test
    void theSampleIsAnsweredFromItsListingsAndTheFigureIsPrinted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = EvalCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "pqa",
                sample().toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).contains("reply states the evidence:", "evidence in attribute:");
        ProductQa.Report report = ProductQa.evaluate(List.of(sample()));
        assertThat(report.catalogueQuestions()).isGreaterThan(30);
        assertThat(report.rate()).as(printed).isGreaterThan(0.35);
    }
}
