package cohost.connectors.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile live-room frames (issue #13: 460 internal_error frames in the attack run): malformed and deep JSON, long
 * numbers and names, wrong types, unknown types, ids and texts over the limits, control and bidi characters,
 * oversized text frames and audio frames of any size. Every frame is handled or refused with an error frame that
 * speaks the client's terms; none is an internal error, and the socket stays open throughout. Seeded, loopback.
 */
class SocketFuzzTest {
    static final int FRAMES = 1500;

    @Test
    void hostileFramesGetErrorFramesNeverInternalErrorsOrACloseOfTheSocket() throws Exception {
        Random random = new Random(13);
        try (CohostServer server = TestServers.twoStores();
             LiveConnection c = LiveConnection.open(server, "/v1/rooms/fuzz/live", TestServers.KEY_A)) {
            for (int i = 0; i < FRAMES; i++) {
                if (random.nextInt(12) == 0) {
                    c.sendBinary(new byte[random.nextInt(3) == 0 ? 65_536 + random.nextInt(200_000) : random.nextInt(4000)]);
                } else {
                    c.send(frame(random, i));
                }
            }
            c.send("{\"type\": \"end-of-fuzz\"}"); // refused at once, in order: every frame before it was read
            c.await("the last frame's error", f -> f.path("message").asText().contains("'end-of-fuzz'"));
            List<String> failures = new ArrayList<>();
            int errors = 0;
            int internal = 0;
            for (JsonNode f : c.frames()) {
                if (!f.path("type").asText().equals("error")) {
                    continue;
                }
                errors++;
                String message = f.path("message").asText();
                if (f.path("code").asText().equals("internal_error")) {
                    internal++;
                    failures.add(f.toString());
                } else if (message.isBlank() || DeskFuzzTest.INTERNALS.matcher(message).find()) {
                    internal++;
                    failures.add(f.toString());
                }
            }
            System.out.printf("socket fuzz: %d frames, %d error frames, %d internal errors or internals, socket %s%n",
                    FRAMES, errors, internal, c.isClosed() ? "CLOSED" : "open");
            assertThat(failures.subList(0, Math.min(10, failures.size()))).as("internal errors").isEmpty();
            assertThat(c.isClosed()).isFalse();
        }
    }

    private static final String[] VALID = {
            "{\"type\": \"chat\", \"id\": \"ID\", \"viewer\": {\"id\": \"v1\", \"name\": \"Ana\", \"lang\": \"pt\", \"country\": \"BR\"}, \"text\": \"quanto custa o frete?\"}",
            "{\"type\": \"moderator\", \"id\": \"ID\", \"viewer\": {\"id\": \"mod\", \"name\": \"Mod\"}, \"text\": \"calma pessoal\"}",
            "{\"type\": \"host\", \"id\": \"ID\", \"text\": \"next product!\"}",
            "{\"type\": \"host.speaking\", \"on\": true}",
            "{\"type\": \"host.speaking\", \"on\": false}",
            "{\"type\": \"product.showing\", \"sku\": \"HP-100\"}",
            "{\"type\": \"speech.start\", \"stream\": \"s1\", \"viewer\": {\"id\": \"v2\"}, \"sampleRate\": 16000}",
            "{\"type\": \"speech.end\", \"stream\": \"s1\"}",
    };

    static String frame(Random random, int n) {
        String valid = VALID[random.nextInt(VALID.length)].replace("ID", "m" + n);
        return switch (random.nextInt(16)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length()));
            case 1 -> {
                char[] chars = valid.toCharArray();
                chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
                yield new String(chars);
            }
            case 2 -> "{\"type\": \"chat\", \"x\": " + "[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(3000)) + "}";
            case 3 -> valid.replaceFirst("\\}$", ", \"n\": " + "9".repeat(1 + random.nextInt(3000)) + "}");
            case 4 -> valid.replaceFirst("\\{", "{\"" + "k".repeat(1 + random.nextInt(3000)) + "\": 1, ");
            case 5 -> valid + pick(random, " x", "{}", "]", ",", "\u0000", "   ", valid);
            case 6 -> valid.replace("\"v1\"", pick(random, "5", "null", "\"\"", "\"" + "v".repeat(129) + "\"",
                    "\"a\\u0000b\"", "[]"));
            case 7 -> valid.replace("\"pt\"", pick(random, "\"xx\"", "5", "\"pt-BR\"", "\"zh-TW\"", "\"\"", "\"" + "p".repeat(500) + "\""));
            case 8 -> valid.replace("quanto custa o frete?", pick(random, "\\u202e@admin", "\\ud800", "😀".repeat(3000),
                    "a".repeat(20_000), "<script>alert(1)</script>", "\\u0007\\u001b[2J", ""));
            case 9 -> pick(random, "", " ", "null", "[]", "{}", "1", "\"chat\"", "{\"type\": 5}", "{\"type\": null}",
                    "{\"type\": \"dance\"}", "{\"type\": \"chat\"}", "{\"type\": \"reply.started\"}");
            case 10 -> valid.replace("16000", pick(random, "0", "-1", "1e999", "16000.5", "\"16000\"", "99999999999"));
            case 11 -> valid.replace("\"ID\"", "\"" + "i".repeat(random.nextInt(300)) + "\"").replace("m" + n, "i".repeat(200));
            case 12 -> "{\"type\": \"chat\", \"type\": \"host\", \"text\": \"dup\"}";
            case 13 -> valid.replace("\"on\": true", pick(random, "\"on\": \"true\"", "\"on\": 1", "\"on\": null"));
            default -> valid;
        };
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
