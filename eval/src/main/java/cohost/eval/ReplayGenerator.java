package cohost.eval;

import cohost.eval.Suite.ReplayMessage;
import cohost.knowledge.Language;
import cohost.knowledge.Languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes a room replay from templates: {@code viewers} viewers, each with one language, sending {@code rate} messages
 * a second for {@code durationMs}, picking topics and texts at random. The same seed gives the same replay.
 */
final class ReplayGenerator {
    private ReplayGenerator() {
    }

    static List<ReplayMessage> generate(int viewers, double ratePerSecond, long durationMs, long seed,
                                        Map<String, Map<String, List<String>>> topics, Map<String, String> countries) {
        Random random = new Random(seed);
        List<String> langs = topics.values().stream().flatMap(t -> t.keySet().stream()).distinct().sorted().toList();
        List<String> topicNames = List.copyOf(topics.keySet());
        String[] viewerLang = new String[viewers];
        for (int v = 0; v < viewers; v++) viewerLang[v] = langs.get(random.nextInt(langs.size()));
        int count = (int) Math.round(ratePerSecond * durationMs / 1000.0);
        List<ReplayMessage> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long at = Math.round(i * 1000.0 / ratePerSecond + random.nextDouble() * 1000.0 / ratePerSecond);
            int v = random.nextInt(viewers);
            String lang = viewerLang[v];
            // A viewer asks about a topic their language has templates for.
            List<String> possible = topicNames.stream().filter(t -> topics.get(t).containsKey(lang)).toList();
            String topic = possible.get(random.nextInt(possible.size()));
            List<String> texts = topics.get(topic).get(lang);
            // unless the suite says otherwise, a generated viewer lives where the language registry says
            String country = countries.getOrDefault(lang, Languages.get(lang).map(Language::country).orElse(null));
            out.add(new ReplayMessage(Math.min(at, durationMs), "g" + (i + 1), "viewer" + (v + 1), lang, country,
                    texts.get(random.nextInt(texts.size())), topic));
        }
        return out;
    }
}
