package cohost.connectors.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile desk requests, the way the attack run sent them (issue #13): malformed and deep JSON, long numbers and
 * names, trailing content, bad UTF-8 in bodies and paths, illegal path characters, odd charsets and content types,
 * huge headers and URIs, wrong methods. Every answer must be a 2xx, or a 4xx in the documented JSON error shape whose
 * message speaks the client's terms: never a 5xx, an HTML page, a bare reason phrase or a library's internals, and
 * never a permissive CORS header. Seeded and bounded, loopback only.
 */
class DeskFuzzTest {
    static final int REQUESTS = 2000;
    private static final long SEED = 13;
    /** Words that only a library's or the JVM's own message would contain. */
    static final Pattern INTERNALS = Pattern.compile("(?i)jackson|fasterxml|jetty|javalin|exception|\\[source|"
            + "readfeature|\\bjava\\.|\\borg\\.|<html|<!doctype|\\bat [a-z]+\\.[a-z]|\\(code \\d+\\)|"
            + "nullpointer|CTRL-CHAR|REDACTED|stream_read|getLocation");
    /** A message that is only the status's reason phrase says nothing about what is wrong. */
    static final Set<String> REASON_PHRASES = Set.of("bad request", "not found", "method not allowed",
            "unsupported media type", "payload too large", "uri too long", "request header fields too large",
            "request entity too large", "internal server error", "unauthorized", "forbidden", "too many requests");

    private static CohostServer server;

    @BeforeAll
    static void start() {
        server = TestServers.twoStores();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void hostileRequestsGetA4xxInTheErrorShapeAndNeverA5xxOrInternals() {
        Random random = new Random(SEED);
        int fiveHundreds = 0;
        int internals = 0;
        Map<String, String> failures = new java.util.TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            Request r = request(random);
            RawHttp.Response response = RawHttp.send(server.port(), r.method, r.target, r.headers, r.body);
            String problem = judge(response, r.method.equals("HEAD"));
            if (response.status() >= 500 || response.status() < 0) {
                fiveHundreds++;
            } else if (problem != null) {
                internals++;
            }
            if (problem != null || response.status() >= 500) {
                failures.putIfAbsent(response.status() + " " + problem + " " + abbreviate(response.body()).substring(0,
                        Math.min(60, abbreviate(response.body()).length())), r.method + " " + abbreviate(r.target) + " " + r.headers.keySet() + " body="
                        + (r.body == null ? null : abbreviate(new String(r.body, StandardCharsets.UTF_8))) + " -> "
                        + response.status() + " " + abbreviate(response.body()) + (problem == null ? "" : " [" + problem + "]"));
            }
        }
        System.out.printf("desk fuzz: %d requests, %d 5xx, %d internals%n", REQUESTS, fiveHundreds, internals);
        assertThat(failures.values()).as("desk fuzz: %d 5xx, %d internals", fiveHundreds, internals).isEmpty();
    }

    /** Null when the response is acceptable; else what is wrong with it. */
    static String judge(RawHttp.Response response, boolean head) {
        int status = response.status();
        if (status < 0) {
            return "no HTTP response";
        }
        String allowOrigin = response.header("access-control-allow-origin");
        if (allowOrigin != null) {
            return "CORS header Access-Control-Allow-Origin: " + allowOrigin;
        }
        if (status < 400) {
            return null;
        }
        if (head) { // no body, by HTTP
            return null;
        }
        String type = response.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
            return "error with content type " + type;
        }
        JsonNode error;
        try {
            error = Http.JSON.readTree(response.body()).path("error");
        } catch (Exception e) {
            return "error body is not JSON";
        }
        String code = error.path("code").asText("");
        String message = error.path("message").asText("");
        if (code.isEmpty() || message.isBlank()) {
            return "error body not in the shape {\"error\": {\"code\", \"message\"}}";
        }
        if (!code.equals(ApiError.code(status)) && status != 400) {
            return "code " + code + " for status " + status;
        }
        if (INTERNALS.matcher(message).find()) {
            return "internals in message";
        }
        if (REASON_PHRASES.contains(message.strip().toLowerCase())) {
            return "message is only a reason phrase";
        }
        return null;
    }

    private record Request(String method, String target, Map<String, String> headers, byte[] body) {
    }

    private static final String[] VALID_BODIES = {
            "{\"text\": \"how long to ship to Brazil?\"}",
            "{\"text\": \"¿envío a México?\", \"lang\": \"es\", \"customer\": {\"id\": \"c9\", \"name\": \"Ana\", \"country\": \"MX\"}}",
            "{\"id\": \"m1\", \"text\": \"この商品はいくら？\", \"lang\": \"ja\", \"showing\": \"A-1\"}",
            "{\"text\": \"can I return it?\", \"customer\": {\"lang\": \"pt-BR\", \"country\": \"br\"}}",
    };
    private static final String[] CONTENT_TYPES = {
            "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "application/json; charset=\"utf-8\"", "Application/JSON", "application/json; charset=latin1",
            "application/json; charset=", "application/json; charset=nope-42", "application/json; charset=utf-16",
            "application/jsonx", "text/json", "application/x-json-stream", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", ";;;", "application/json; a=b",
            "application/json; charset=utf-8; charset=ascii", "*/*", "application/*",
    };
    private static final String[] IDS = {
            "c1", "c-2.x:y@z", "%u002e", "%", "%zz", "%C3%28", "%FF", "%00", "%2F", "%2e%2e", "..", "a b", "a%20b",
            "%E4%BD%A0", "\u00ff\u00fe", "a\tb", "<script>", "a\"b", "a{b}", "%25", "%%", "a;b", "a?b=c", "a#b",
            "\\..\\", "%C0%AE", "%ED%A0%80", "%F4%90%80%80",
    };

    private static Request request(Random random) {
        Map<String, String> headers = new LinkedHashMap<>();
        String id = random.nextInt(4) == 0 ? IDS[random.nextInt(IDS.length)]
                : random.nextInt(40) == 0 ? "x".repeat(random.nextInt(20_000)) : "c" + random.nextInt(50);
        String method = "POST";
        String target;
        switch (random.nextInt(12)) {
            case 0 -> {
                method = "GET";
                target = "/v1/conversations/" + id;
            }
            case 1 -> {
                method = "GET";
                target = "/v1/rooms/" + id;
            }
            case 2 -> {
                method = pick(random, "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO", "GET");
                target = "/v1/conversations/" + id + "/messages";
            }
            case 3 -> {
                method = pick(random, "GET", "POST");
                target = pick(random, "/health", "/metrics", "/openapi.json", "/", "/v1/", "/v1/nothing",
                        "/index.html", "/%2e%2e/%2e%2e/etc/passwd", "/..;/", "//v1//conversations", "/v1/conversations/",
                        "/" + IDS[random.nextInt(IDS.length)], "/v1/rooms/" + id + "/live");
            }
            default -> target = "/v1/conversations/" + id + "/messages";
        }
        if (random.nextInt(8) == 0) {
            target += pick(random, "?store=store-a", "?store=store-b", "?key=%zz", "?lang=%ZZ", "?x=" + "y".repeat(9000),
                    "?store=%u002e", "?&&==", "?store");
        }
        if (random.nextInt(30) == 0) {
            target = target.replace("/v1", "/v1\u0001"); // a control character in the request line
        }
        switch (random.nextInt(10)) {
            case 0 -> {
            }
            case 1 -> headers.put("Authorization", pick(random, "Bearer nope", "Bearer", "Basic abc", "Bearer  ",
                    "Bearer " + "k".repeat(5000), "bearer key-a", "Bearer key-b"));
            default -> headers.put("Authorization", "Bearer " + TestServers.KEY_A);
        }
        if (random.nextInt(4) != 0) {
            headers.put("Content-Type", random.nextInt(3) == 0 ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]
                    : "application/json");
        }
        if (random.nextInt(5) == 0) {
            headers.put("Accept", pick(random, "text/event-stream", "application/json", "*/*", "text/html", "garbage"));
        }
        if (random.nextInt(6) == 0) {
            headers.put("Origin", pick(random, "http://evil.example", "null", "http://127.0.0.1:1"));
        }
        if (random.nextInt(60) == 0) {
            headers.put("X-Padding", "p".repeat(20_000 + random.nextInt(20_000))); // over the header size limit
        }
        byte[] body = method.equals("POST") || random.nextInt(10) == 0 ? body(random) : null;
        return new Request(method, target, headers, body);
    }

    static byte[] body(Random random) {
        String valid = VALID_BODIES[random.nextInt(VALID_BODIES.length)];
        return switch (random.nextInt(22)) {
            case 0 -> utf8(valid.substring(0, random.nextInt(valid.length())));
            case 1 -> flip(random, utf8(valid));
            case 2 -> utf8("[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(3)));
            case 3 -> utf8("{\"text\": " + "{\"a\": ".repeat(random.nextInt(2000)) + "1" + "}".repeat(random.nextInt(2000)) + "}");
            case 4 -> utf8("{\"text\": \"hi\", \"n\": " + "9".repeat(1 + random.nextInt(5000)) + "}");
            case 5 -> utf8("{\"text\": \"hi\", \"n\": 1e" + "9".repeat(1 + random.nextInt(40)) + "}");
            case 6 -> utf8("{\"" + "k".repeat(1 + random.nextInt(5000)) + "\": 1, \"text\": \"hi\"}");
            case 7 -> utf8(valid + pick(random, " x", "{}", "\n{\"text\": \"again\"}", "]", ",", "\u0000", "   \n", "//c"));
            case 8 -> concat(utf8("{\"text\": \""), randomBytes(random, 1 + random.nextInt(40)), utf8("\"}"));
            case 9 -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(valid));
            case 10 -> utf8("{\"text\": NaN}");
            case 11 -> utf8("{\"text\": \"hi\", \"text\": \"again\"}");
            case 12 -> utf8("{\"text\": \"hi\", \"lang\": " + pick(random, "5", "null", "[]", "{}", "\"\"", "\"x\"",
                    "\"zz-ZZ\"", "\"" + "e".repeat(300) + "\"") + "}");
            case 13 -> utf8("{\"text\": \"hi\", \"customer\": " + pick(random, "5", "\"c\"", "[]",
                    "{\"id\": \"" + "i".repeat(200) + "\"}", "{\"id\": \"a\\u0000b\"}", "{\"country\": \"ZZ\"}",
                    "{\"name\": 7}", "{\"extra\": 1}") + "}");
            case 14 -> utf8("{\"id\": " + pick(random, "\"\"", "\"" + "m".repeat(129) + "\"", "\"a\\nb\"", "3")
                    + ", \"text\": \"hi\"}");
            case 15 -> utf8("{\"text\": \"" + pick(random, "\\ud800", "\\udc00x", "\\u0000", "\\u202e@admin",
                    "😀".repeat(1001), "😀".repeat(2001), "a".repeat(2001), "\\u0007\\u001b[31m") + "\"}");
            case 16 -> utf8(pick(random, "", " ", "null", "true", "1", "\"text\"", "[]", "{}", "{\"text\": null}"));
            case 17 -> randomBytes(random, random.nextInt(300));
            case 18 -> concat(utf8("{\"text\": \"caf"), new byte[]{(byte) 0xC3, (byte) 0x28}, utf8("\"}"));
            case 19 -> utf8("{\"text\": \"hi\", \"showing\": " + pick(random, "1", "\"" + "s".repeat(5000) + "\"", "\"\"")
                    + "}");
            case 20 -> utf8("{\"text\": 'single'}");
            default -> utf8(valid);
        };
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flip(Random random, byte[] bytes) {
        if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "...(" + s.length() + ")" : s;
    }
}
