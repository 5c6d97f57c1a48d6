package cohost.connectors.llm;

import cohost.engine.LlmEndpoint;
import cohost.engine.model.ChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenAI-compatible chat endpoint (vLLM, llama.cpp server, Ollama, OpenAI...). Flags win over the environment
 * variables {@code COHOST_LLM_BASE_URL}, {@code COHOST_LLM_MODEL} and {@code COHOST_LLM_API_KEY}.
 */
public record LlmSettings(String baseUrl, String model, String apiKey) {

    /**
     * The configured endpoint, or empty when neither flags nor environment name one (template answers). The rules
     * are {@link LlmEndpoint#resolve}'s, which the eval judge reads too: one configuration, no defaults.
     */
    public static Optional<LlmSettings> resolve(String baseUrlFlag, String modelFlag, Map<String, String> env) {
        return LlmEndpoint.resolve(baseUrlFlag, modelFlag, env).map(e -> new LlmSettings(e.baseUrl(), e.model(), e.apiKey()));
    }

    /**
     * The engine's chat model: langchain4j's OpenAI streaming client behind the engine's port. Local servers usually
     * need no key, so a placeholder is sent when none is set.
     */
    public ChatModel chatModel() {
        return new LangChain4jChatModel(OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(model)
                .apiKey(apiKey == null ? "no-key" : apiKey)
                .timeout(Duration.ofSeconds(60))
                .build());
    }

    @Override
    public String toString() {
        return new LlmEndpoint(baseUrl, model, apiKey).toString();
    }
}
