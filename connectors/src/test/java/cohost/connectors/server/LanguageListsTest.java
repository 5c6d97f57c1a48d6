package cohost.connectors.server;

import cohost.knowledge.Language;
import cohost.knowledge.Languages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two lists of languages that cannot read the registry (cohost/languages.tsv) at run time follow it: the
 * console's language picker, and the Lingua models the operator jar keeps (the others are left out to save 70 MB).
 */
class LanguageListsTest {

    @Test
    void theConsoleOffersEveryRegisteredLanguage() throws IOException {
        String html;
        try (var in = getClass().getResourceAsStream("/console/index.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = html.indexOf("<datalist id=\"langs\">"), end = html.indexOf("</datalist>", start);
        List<String> offered = Pattern.compile("<option value=\"([^\"]+)\">").matcher(html.substring(start, end))
                .results().map(m -> m.group(1)).toList();
        assertThat(offered).as("connectors/src/main/resources/console/index.html, datalist langs")
                .containsExactlyElementsOf(Languages.codes());
    }

    @Test
    void theOperatorJarKeepsTheLinguaModelOfEveryRegisteredLanguage() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        for (Language l : Languages.all()) {
            if (l.detector() == null) continue;
            String iso = com.github.pemistahl.lingua.api.Language.valueOf(l.detector()).getIsoCode639_1().toString();
            assertThat(pom).as("connectors/pom.xml must keep Lingua's model for %s", l.code())
                    .contains("<include>language-models/" + iso + "/**</include>");
        }
    }
}
