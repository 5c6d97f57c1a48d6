package cohost.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * The one LLM configuration: which OpenAI-compatible endpoint and model answer. The composer ({@code serve},
 * {@code ask}) and the eval judge read it the same way: flags win over the environment variables
 * {@code COHOST_LLM_BASE_URL}, {@code COHOST_LLM_MODEL} and {@code COHOST_LLM_API_KEY}; nothing is defaulted. No
 * base URL and no model means no LLM; one without the other is an error that says what is missing.
 *
 * @param baseUrl the endpoint's base URL, e.g. {@code http://127.0.0.1:8000/v1} (the client adds
 *                {@code /chat/completions})
 * @param apiKey  sent as the bearer key, or null when none is set
 */
public record LlmEndpoint(String baseUrl, String model, String apiKey) {

    public LlmEndpoint {
        try {
            URI uri = new URI(baseUrl);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("the LLM base URL must be an http:// or https:// URL, e.g. "
                        + "http://127.0.0.1:8000/v1; got '" + baseUrl + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the LLM base URL is not a URL: '" + baseUrl + "' (" + e.getReason() + ")");
        }
        if (baseUrl.replaceAll("/+$", "").endsWith("/chat/completions")) {
            throw new IllegalArgumentException("give the LLM base URL (e.g. http://127.0.0.1:8000/v1), not its "
                    + "chat/completions endpoint: got '" + baseUrl + "'");
        }
    }

    /**
     * The configured endpoint, or empty when neither a base URL nor a model is given (template answers).
     *
     * @throws IllegalArgumentException when only one of them is given, or the URL is not one
     */
    public static Optional<LlmEndpoint> resolve(String baseUrlFlag, String modelFlag, Map<String, String> env) {
        String baseUrl = firstNonBlank(baseUrlFlag, env.get("COHOST_LLM_BASE_URL"));
        String model = firstNonBlank(modelFlag, env.get("COHOST_LLM_MODEL"));
        if (baseUrl == null && model == null) return Optional.empty();
        if (baseUrl == null || model == null) {
            throw new IllegalArgumentException("an LLM needs both a base URL (--llm-base-url or COHOST_LLM_BASE_URL) "
                    + "and a model (--llm-model or COHOST_LLM_MODEL); " + (baseUrl == null ? "the base URL" : "the model")
                    + " is missing");
        }
        return Optional.of(new LlmEndpoint(baseUrl, model, firstNonBlank(env.get("COHOST_LLM_API_KEY"), null)));
    }

    /** What startup says: "LLM qwen2.5-7b at http://127.0.0.1:8000/v1 (key set)"; never the key itself. */
    @Override
    public String toString() {
        return "LLM " + model + " at " + baseUrl + (apiKey == null ? "" : " (key set)");
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a.strip();
        return b == null || b.isBlank() ? null : b.strip();
    }
}
