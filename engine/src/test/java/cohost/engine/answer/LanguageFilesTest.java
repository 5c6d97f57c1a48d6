package cohost.engine.answer;

import cohost.knowledge.Language;
import cohost.knowledge.Languages;
import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build-time check of every registered language's resource files: a template file with exactly the English
 * keys, each a valid ICU MessageFormat pattern using the same arguments as the English one (so no fact is dropped
 * or invented in translation), a lexicon, and country data that loads. A missing key fails here, not at run time.
 */
class LanguageFilesTest {

    static Stream<String> primaryLanguages() {
        return Languages.primary().stream().map(Language::code);
    }

    static Stream<String> allLanguages() {
        return Languages.codes().stream();
    }

    @ParameterizedTest
    @MethodSource("primaryLanguages")
    void hasExactlyTheEnglishKeys(String lang) {
        assertThat(Phrases.of(lang).lang).isEqualTo(lang);
        assertThat(Phrases.of(lang).keys().keySet()).as("templates_%s.properties", lang)
                .containsExactlyInAnyOrderElementsOf(Phrases.of("en").keys().keySet());
    }

    @ParameterizedTest
    @MethodSource("primaryLanguages")
    void usesTheSameArgumentsAsEnglishInEveryTemplate(String lang) {
        Phrases en = Phrases.of("en"), p = Phrases.of(lang);
        List<String> wrong = new ArrayList<>();
        for (String key : en.keys().keySet()) {
            if (!p.keys().containsKey(key)) continue;
            var mine = p.arguments(key);
            var english = en.arguments(key);
            // country.* patterns may ignore the class where the language puts no article before a name (ja, zh...)
            boolean ok = key.startsWith("country.") ? english.containsAll(mine) && mine.contains("name") : mine.equals(english);
            if (!ok) wrong.add(key + ": " + mine + " but English has " + english);
        }
        assertThat(wrong).as("templates_%s.properties", lang).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("allLanguages")
    void everyTemplateFormatsWithoutLeftoverSyntax(String lang) {
        Phrases p = Phrases.of(lang);
        for (String key : p.keys().keySet()) {
            for (int n : new int[]{0, 1, 2, 3, 11, 100}) {
                String text = p.fill(key, sampleArguments(p.keys().get(key), n));
                assertThat(text).as("%s %s (n=%d)", lang, key, n).doesNotContain("{", "}", "#");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("primaryLanguages")
    void hasALexicon(String lang) {
        assertThat(getClass().getResource("/cohost/engine/understand/lexicon/" + lang + ".txt")).as("lexicon of " + lang).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("allLanguages")
    void namesEveryCountryWithItsGrammarData(String lang) {
        Phrases p = Phrases.of(lang);
        for (String code : java.util.Locale.getISOCountries()) {
            assertThat(p.country(code, "to", false)).as("%s %s", lang, code).isNotBlank().doesNotContain("{");
            assertThat(p.country(code, "in", false)).as("%s %s", lang, code).isNotBlank().doesNotContain("{");
        }
    }

    @Test
    void aWrittenVariantHasItsBaseLanguagesTemplatesConverted() {
        Phrases hant = Phrases.of("zh-Hant");
        assertThat(hant.lang).isEqualTo("zh-Hant");
        assertThat(hant.keys().keySet()).isEqualTo(Phrases.of("zh").keys().keySet());
        assertThat(hant.get("returnFree")).isNotEqualTo(Phrases.of("zh").get("returnFree"));
    }

    /** A value for every argument of the pattern: n for plural ones, "other" for select ones, text for the rest. */
    private static Object[] sampleArguments(String pattern, int n) {
        MessagePattern mp = new MessagePattern(pattern);
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) continue;
            String name = mp.getSubstring(mp.getPart(i + 1));
            switch (part.getArgType()) {
                case PLURAL, SELECTORDINAL, CHOICE -> args.put(name, n);
                case SELECT -> args.putIfAbsent(name, "other");
                default -> args.putIfAbsent(name, "x");
            }
        }
        List<Object> flat = new ArrayList<>();
        args.forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        return flat.toArray();
    }
}
