package cohost.connectors.cli;

import cohost.connectors.llm.LlmSettings;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Optional;

/** The LLM flags that {@code serve} and {@code ask} share; environment variables fill what the flags leave out. */
final class LlmOptions {

    @Option(names = "--llm-base-url", paramLabel = "URL", description = "OpenAI-compatible endpoint; default COHOST_LLM_BASE_URL")
    String baseUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "model name; default COHOST_LLM_MODEL")
    String model;

    /** The configured LLM, or empty for the template composer; throws on a half-given configuration. */
    Optional<LlmSettings> resolve(Map<String, String> env) {
        return LlmSettings.resolve(baseUrl, model, env);
    }
}
