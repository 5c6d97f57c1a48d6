package cohost.eval;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * An LLM that grades a reply against a criterion written in the suite ({@code judge: "..."}). Configured like the
 * engine's LLM, from COHOST_LLM_BASE_URL, COHOST_LLM_MODEL and COHOST_LLM_API_KEY (any OpenAI-compatible endpoint).
 */
public final class Judge {
    private final ChatModel model;

    public Judge(ChatModel model) {
        this.model = model;
    }

    /** The judge configured by the environment, or null when COHOST_LLM_BASE_URL is not set. */
    public static Judge fromEnvironment(Map<String, String> env) {
        String base = env.get("COHOST_LLM_BASE_URL");
        if (base == null || base.isBlank()) return null;
        return new Judge(OpenAiChatModel.builder()
                .baseUrl(base)
                .modelName(env.getOrDefault("COHOST_LLM_MODEL", "gpt-4o-mini"))
                .apiKey(env.getOrDefault("COHOST_LLM_API_KEY", "none"))
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
