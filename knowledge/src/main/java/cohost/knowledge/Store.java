package cohost.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store itself, from {@code store.json}.
 *
 * @param regions        region name (e.g. "EU", "SEA") to the ISO 3166-1 alpha-2 codes it covers
 * @param assistantNames what the host calls the co-host ("小助手", "Mia"); the host's words are a question for the
 *                       co-host only when they name it. Empty: the engine's default names
 * @param aiDisclosure   the store's AI label and periodic reminder ({@link AiDisclosure}), or null for none
 */
public record Store(String id, String name, String defaultLanguage, List<String> languages, String hostLanguage,
                    String currency, Map<String, Set<String>> regions, List<String> assistantNames,
                    AiDisclosure aiDisclosure) {
    public Store {
        languages = List.copyOf(languages);
        regions = Map.copyOf(regions);
        assistantNames = List.copyOf(assistantNames);
    }

    /** A store without an AI label or reminder. */
    public Store(String id, String name, String defaultLanguage, List<String> languages, String hostLanguage,
                 String currency, Map<String, Set<String>> regions, List<String> assistantNames) {
        this(id, name, defaultLanguage, languages, hostLanguage, currency, regions, assistantNames, null);
    }

    /** A store whose co-host answers to the default names. */
    public Store(String id, String name, String defaultLanguage, List<String> languages, String hostLanguage,
                 String currency, Map<String, Set<String>> regions) {
        this(id, name, defaultLanguage, languages, hostLanguage, currency, regions, List.of(), null);
    }
}
