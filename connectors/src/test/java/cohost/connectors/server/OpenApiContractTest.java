package cohost.connectors.server;

import cohost.engine.Source;
import cohost.wire.DeskAnswer;
import cohost.wire.DeskMessage;
import cohost.wire.DeskReply;
import cohost.wire.ErrorBody;
import cohost.wire.Health;
import cohost.wire.Person;
import cohost.wire.Transcript;
import cohost.wire.WireJson;
import cohost.wire.WireSamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * openapi.json is written by hand; this keeps it true to the wire records: a field in a record and not in its schema,
 * or in a schema and not in its record, fails here, as does a frame type missing on either side.
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode OPENAPI = read();
    private static final JsonNode SCHEMAS = OPENAPI.path("components").path("schemas");

    @Test
    void everyBodyHasItsRecordsFields() {
        Map<Class<?>, JsonNode> bodies = Map.of(
                DeskMessage.class, SCHEMAS.path("Message"), DeskAnswer.class, SCHEMAS.path("Answer"),
                DeskReply.class, SCHEMAS.path("Reply"), Person.class, SCHEMAS.path("Person"),
                Source.class, SCHEMAS.path("Source"), Transcript.class, SCHEMAS.path("Transcript"),
                Transcript.Turn.class, SCHEMAS.path("Turn"), ErrorBody.class, SCHEMAS.path("Error"),
                ErrorBody.Problem.class, SCHEMAS.path("Error").path("properties").path("error"),
                Health.class, SCHEMAS.path("Health"));
        Map<Class<?>, JsonNode> kbStatus = Map.of(Health.StoreHealth.class, SCHEMAS.path("StoreHealth"),
                Health.KbError.class, SCHEMAS.path("KbError"), Health.KbProblem.class, SCHEMAS.path("KbProblem"),
                cohost.wire.KbReload.class, SCHEMAS.path("KbReload"));
        kbStatus.forEach((record, schema) -> assertThat(properties(schema)).as(record.getSimpleName())
                .isEqualTo(fields(record)));
        bodies.forEach((record, schema) -> assertThat(properties(schema)).as(record.getSimpleName())
                .isEqualTo(fields(record)));
    }

    @Test
    void everySocketFrameHasItsRecordsFields() {
        assertFrames("SocketIn", WireSamples.clientFrames(), WireJson.clientFrameTypes());
        assertFrames("SocketOut", WireSamples.serverFrames(), WireJson.serverFrameTypes());
    }

    private static void assertFrames(String schema, List<?> samples, List<String> types) {
        Map<String, JsonNode> byType = new TreeMap<>();
        SCHEMAS.path(schema).path("oneOf").forEach(n -> byType.put(n.path("properties").path("type").path("const").asText(), n));
        assertThat(byType.keySet()).as(schema + " frame types").containsExactlyInAnyOrderElementsOf(types);
        for (Object sample : samples) {
            Set<String> expected = fields(sample.getClass());
            expected.add("type");
            assertThat(properties(byType.get(WireJson.typeOf(sample)))).as(schema + " " + WireJson.typeOf(sample))
                    .isEqualTo(expected);
        }
    }

    @Test
    void requiredFieldsAreFieldsAndEveryErrorCodeIsListed() {
        SCHEMAS.forEach(schema -> schema.path("required").forEach(r ->
                assertThat(properties(schema)).as("required " + r).contains(r.asText())));
        Set<String> codes = new TreeSet<>();
        SCHEMAS.path("Error").path("properties").path("error").path("properties").path("code").path("enum")
                .forEach(c -> codes.add(c.asText()));
        for (int status : new int[]{400, 401, 403, 404, 405, 413, 414, 415, 429, 431, 500, 503, 504}) {
            assertThat(codes).contains(ApiError.code(status));
        }
    }

    @Test
    void theStatedLimitsAreTheServersLimits() {
        JsonNode limits = OPENAPI.path("x-cohost-limits");
        assertThat(limits.path("jsonDepth").asInt()).isEqualTo(WireJson.MAX_DEPTH);
        assertThat(limits.path("numberLength").asInt()).isEqualTo(WireJson.MAX_NUMBER_LENGTH);
        assertThat(limits.path("fieldNameLength").asInt()).isEqualTo(WireJson.MAX_NAME_LENGTH);
        assertThat(limits.path("idLength").asInt()).isEqualTo(cohost.wire.Checks.MAX_ID_LENGTH);
        assertThat(limits.path("headerBytes").asInt()).isEqualTo(CohostServer.MAX_HEADER_BYTES);
        assertThat(limits.path("bodyBytes").asInt()).isEqualTo(CohostServer.MAX_BODY_BYTES);
        assertThat(limits.path("socketTextFrameCharacters").asInt()).isEqualTo(LiveSocket.MAX_FRAME_CHARS);
        assertThat(limits.path("socketAudioFrameBytes").asInt()).isEqualTo(LiveSocket.MAX_AUDIO_FRAME_BYTES);
        assertThat(limits.path("socketMessageBytes").asInt()).isEqualTo(LiveSocket.MAX_MESSAGE_BYTES);
        int textLength = ServerConfig.DEFAULT_MAX_TEXT_LENGTH;
        assertThat(limits.path("textCharacters").asInt()).isEqualTo(textLength);
        assertThat(SCHEMAS.path("Message").path("properties").path("text").path("maxLength").asInt()).isEqualTo(textLength);
    }

    /** The JSON field names Jackson writes for a record. */
    private static Set<String> fields(Class<?> record) {
        return JSON.getSerializationConfig().introspect(JSON.constructType(record)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
