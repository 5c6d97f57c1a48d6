package cohost.eval;

import cohost.engine.LlmEndpoint;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * An LLM that grades a reply against a criterion written in the suite ({@code judge: "..."}). Configured like the
 * engine's LLM and by the same rules ({@link LlmEndpoint}): --llm-base-url and --llm-model, else COHOST_LLM_BASE_URL,
 * COHOST_LLM_MODEL and COHOST_LLM_API_KEY (any OpenAI-compatible endpoint); nothing is defaulted.
 */
public final class Judge {
    private final ChatModel model;

    public Judge(ChatModel model) {
        this.model = model;
    }

    /**
     * The judge the environment configures, the same way as the composer ({@link LlmEndpoint}), or null when no LLM
     * is configured; a half configuration (a base URL without a model, or the reverse) is an error, never filled in.
     */
    public static Judge fromEnvironment(Map<String, String> env) {
        return LlmEndpoint.resolve(null, null, env).map(Judge::of).orElse(null);
    }

    /** A judge asking this endpoint; a local server needs no key, so a placeholder goes out when none is set. */
    public static Judge of(LlmEndpoint endpoint) {
        return new Judge(OpenAiChatModel.builder()
                .baseUrl(endpoint.baseUrl())
                .modelName(endpoint.model())
                .apiKey(endpoint.apiKey() == null ? "no-key" : endpoint.apiKey())
                .temperature(0.0)
                .timeout(Duration.ofSeconds(60))
                .build());
    }

    /** Asks the model; the first word of its answer must be PASS or FAIL, the rest is its reason. */
    public Check judge(String criterion, String question, String reply) {
        String prompt = """
                You grade a live-commerce assistant's reply. Answer with PASS or FAIL as the first word, then one \
                short sentence saying why.
                Criterion: %s
                Customer message: %s
                Assistant reply: %s""".formatted(criterion, question, reply);
        String answer;
        try {
            answer = model.chat(prompt).strip();
        } catch (RuntimeException e) {
            return Check.fail("judge", "the LLM judge failed: " + e.getMessage());
        }
        String verdict = answer.split("\\s+", 2)[0].replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return switch (verdict) {
            case "PASS" -> Check.pass("judge", answer);
            case "FAIL" -> Check.fail("judge", answer);
            default -> Check.fail("judge", "the judge did not answer PASS or FAIL: " + answer);
        };
    }
}
