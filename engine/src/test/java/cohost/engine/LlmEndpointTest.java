package cohost.engine;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmEndpointTest {

    @Test
    void nothingConfiguredMeansNoLlmAndNothingIsDefaulted() {
        assertThat(LlmEndpoint.resolve(null, null, Map.of())).isEmpty();
        assertThat(LlmEndpoint.resolve(null, null, Map.of("COHOST_LLM_API_KEY", "k"))).as("a key alone names no model").isEmpty();
    }

    @Test
    void flagsWinOverTheEnvironmentAndTheKeyIsNeverPrinted() {
        LlmEndpoint e = LlmEndpoint.resolve("http://127.0.0.1:8000/v1", null, Map.of(
                "COHOST_LLM_BASE_URL", "http://elsewhere/v1", "COHOST_LLM_MODEL", "qwen2.5", "COHOST_LLM_API_KEY", "s3cret")).orElseThrow();
        assertThat(e).isEqualTo(new LlmEndpoint("http://127.0.0.1:8000/v1", "qwen2.5", "s3cret"));
        assertThat(e.toString()).isEqualTo("LLM qwen2.5 at http://127.0.0.1:8000/v1 (key set)").doesNotContain("s3cret");
    }

    @Test
    void halfAConfigurationOrAWrongUrlSaysWhatIsWrong() {
        assertThatThrownBy(() -> LlmEndpoint.resolve("http://127.0.0.1:8000/v1", null, Map.of()))
                .hasMessageContaining("the model is missing").hasMessageContaining("--llm-model");
        assertThatThrownBy(() -> LlmEndpoint.resolve(null, "gpt", Map.of()))
                .hasMessageContaining("the base URL is missing");
        assertThatThrownBy(() -> LlmEndpoint.resolve("localhost:8000", "m", Map.of()))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> LlmEndpoint.resolve("http://127.0.0.1:8000/v1/chat/completions", "m", Map.of()))
                .hasMessageContaining("not its chat/completions endpoint");
    }
}
