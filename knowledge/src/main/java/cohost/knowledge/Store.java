package cohost.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store itself, from {@code store.json}.
 *
 * @param regions region name (e.g. "EU", "SEA") to the ISO 3166-1 alpha-2 codes it covers
 */
public record Store(String id, String name, String defaultLanguage, List<String> languages, String hostLanguage,
                    String currency, Map<String, Set<String>> regions) {
    public Store {
        languages = List.copyOf(languages);
        regions = Map.copyOf(regions);
    }
}
