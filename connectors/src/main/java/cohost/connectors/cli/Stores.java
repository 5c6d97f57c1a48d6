package cohost.connectors.cli;

import cohost.connectors.llm.LlmSettings;
import cohost.engine.Cohost;
import cohost.knowledge.KbException;
import cohost.knowledge.Knowledge;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.LiveKnowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads the KB folders a command names (the bundled demo store when none) and builds one engine per store. */
final class Stores {
    private Stores() {
    }

    static Map<String, Knowledge> load(List<Path> folders) throws KbException {
        Map<String, Knowledge> stores = new LinkedHashMap<>();
        if (folders == null || folders.isEmpty()) {
            KnowledgeBase demo = KnowledgeBase.demo();
            stores.put(demo.store().id(), demo);
            return stores;
        }
        for (Path folder : folders) {
            KnowledgeBase kb = KnowledgeBase.load(folder);
            if (stores.putIfAbsent(kb.store().id(), kb) != null) {
                throw new IllegalArgumentException("two KB folders have the store id '" + kb.store().id() + "'");
            }
        }
        return stores;
    }

    /**
     * Loads each folder for serving with reloads (the KB in service is each one's {@code current()}); empty when no
     * folder is named (the bundled demo store is not reloaded).
     */
    static Map<String, LiveKnowledge> folders(List<Path> folders) throws KbException {
        Map<String, LiveKnowledge> stores = new LinkedHashMap<>();
        if (folders == null) return stores;
        for (Path folder : folders) {
            LiveKnowledge live = new LiveKnowledge(folder);
            if (stores.putIfAbsent(live.store().id(), live) != null) {
                throw new IllegalArgumentException("two KB folders have the store id '" + live.store().id() + "'");
            }
        }
        return stores;
    }

    static Cohost engine(Knowledge knowledge, Optional<LlmSettings> llm) {
        return engine(knowledge, llm, 0);
    }

    /** @param pace characters per second at which live-room replies are spoken, 0 to send them whole */
    static Cohost engine(Knowledge knowledge, Optional<LlmSettings> llm, int pace) {
        return engine(knowledge, llm, pace, null);
    }

    /** As above, keeping transcripts in {@code transcripts} (in memory when null). */
    static Cohost engine(Knowledge knowledge, Optional<LlmSettings> llm, int pace,
                         cohost.engine.transcript.TranscriptStore transcripts) {
        Cohost.Builder builder = Cohost.builder(knowledge).pace(pace);
        llm.ifPresent(settings -> builder.chatModel(settings.chatModel()));
        if (transcripts != null) builder.transcripts(transcripts);
        return builder.build();
    }

    /** A key's own request rate: {@code STORE:KEY:RATE/s}. */
    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile(":(\\d+(?:\\.\\d+)?)/s$");

    /** Parses "storeId:key,storeId2:key2:200/s" into key to store id (a key's own rate is left to {@link #keyRates}). */
    static Map<String, String> keys(String spec) {
        Map<String, String> storeByKey = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return storeByKey;
        }
        for (String entry : spec.split(",")) {
            String[] parts = RATE.matcher(entry.trim()).replaceFirst("").split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("store keys are 'storeId:key,storeId2:key2' (optionally "
                        + "'storeId:key:200/s' for a key's own request rate); cannot read an entry");
            }
            if (storeByKey.put(parts[1].trim(), parts[0].trim()) != null) {
                throw new IllegalArgumentException("the same key is given twice");
            }
        }
        return storeByKey;
    }

    /** The keys given their own rate ("shop-a:k1:200/s": 200 requests a second, bursts of 400). */
    static Map<String, Double> keyRates(String spec) {
        Map<String, Double> rates = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return rates;
        }
        for (String entry : spec.split(",")) {
            java.util.regex.Matcher m = RATE.matcher(entry.trim());
            if (m.find()) {
                double rate = Double.parseDouble(m.group(1));
                if (rate <= 0) {
                    throw new IllegalArgumentException("a key's request rate must be more than 0/s");
                }
                String[] parts = m.replaceFirst("").split(":", 2);
                rates.put(parts[1].trim(), rate);
            }
        }
        return rates;
    }
}
