package cohost.connectors.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenAI-compatible chat endpoint (vLLM, llama.cpp server, Ollama, OpenAI...). Flags win over the environment
 * variables {@code COHOST_LLM_BASE_URL}, {@code COHOST_LLM_MODEL} and {@code COHOST_LLM_API_KEY}.
 */
public record LlmSettings(String baseUrl, String model, String apiKey) {

    /** The configured endpoint, or empty when neither flags nor environment name one (template answers). */
    public static Optional<LlmSettings> resolve(String baseUrlFlag, String modelFlag, Map<String, String> env) {
        String baseUrl = firstNonBlank(baseUrlFlag, env.get("COHOST_LLM_BASE_URL"));
        String model = firstNonBlank(modelFlag, env.get("COHOST_LLM_MODEL"));
        if (baseUrl == null && model == null) {
            return Optional.empty();
        }
        if (baseUrl == null || model == null) {
            throw new IllegalArgumentException("an LLM needs both a base URL (--llm-base-url or COHOST_LLM_BASE_URL) "
                    + "and a model (--llm-model or COHOST_LLM_MODEL)");
        }
        return Optional.of(new LlmSettings(baseUrl, model, firstNonBlank(env.get("COHOST_LLM_API_KEY"), null)));
    }

    /** A streaming client; local servers usually need no key, so a placeholder is sent when none is set. */
    public StreamingChatModel chatModel() {
        return OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(model)
                .apiKey(apiKey == null ? "no-key" : apiKey)
                .timeout(Duration.ofSeconds(60))
                .build();
    }

    @Override
    public String toString() {
        return "LLM " + model + " at " + baseUrl + (apiKey == null ? "" : " (key set)");
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
