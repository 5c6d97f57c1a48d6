package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KbException;
import cohost.knowledge.KbProblem;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile KB folders (issue #13, "kb check passes, serve breaks"): the test store with one file mutated: huge or
 * over-precise amounts, huge texts, bad UTF-8 and Latin-1 bytes, two values on a line, deep nesting, long numbers,
 * truncations, byte flips, and the file replaced by a device, a folder or a symbolic-link loop. Each folder is either
 * rejected, promptly, with problems in the FILE WHERE: MESSAGE form and without parser internals, or accepted and
 * then served: price, shipping, returns and FAQ questions all get a complete reply with no runaway figure. Seeded.
 */
class KbFuzzTest {
    static final int FOLDERS = 200;
    private static final long SEED = 13;
    private static final String[] FILES = {"store.json", "products.jsonl", "shipping.json", "returns.json",
            "payments.json", "faq.jsonl"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(?=[,}\\]])");
    private static final Pattern RUNAWAY_FIGURE = Pattern.compile("\\d{16,}");

    @TempDir
    Path tmp;

    @Test
    void everyFolderIsRejectedClearlyOrServed() throws Exception {
        Path original = TestServers.kbFolder("store-a");
        Random random = new Random(SEED);
        int accepted = 0;
        int rejected = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FOLDERS && failures.size() < 10; i++) {
            Path dir = Files.createDirectory(tmp.resolve("kb" + i));
            try (Stream<Path> files = Files.list(original)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            String file = FILES[random.nextInt(FILES.length)];
            String mutation = mutate(random, dir.resolve(file));
            String what = file + " " + mutation;
            Object loaded = CompletableFuture.supplyAsync(() -> {
                try {
                    return (Object) KnowledgeBase.load(dir);
                } catch (KbException e) {
                    return e;
                } catch (Throwable t) {
                    return t;
                }
            }).completeOnTimeout("load took over 20 s", 20, TimeUnit.SECONDS).join();
            switch (loaded) {
                case KbException e -> {
                    rejected++;
                    for (KbProblem p : e.problems()) {
                        if (p.message().isBlank() || DeskFuzzTest.INTERNALS.matcher(p.message()).find()
                                || p.message().length() > 400) {
                            failures.add(what + ": unclear problem " + p.file() + " " + p.where() + ": " + p.message());
                        }
                    }
                }
                case KnowledgeBase kb -> {
                    accepted++;
                    String served = serve(kb);
                    if (served != null) {
                        failures.add(what + ": accepted but " + served);
                    }
                }
                case Throwable t -> failures.add(what + ": load threw " + t);
                default -> failures.add(what + ": " + loaded);
            }
        }
        System.out.printf("kb fuzz: %d folders, %d rejected, %d accepted and served, %d failures%n", FOLDERS, rejected,
                accepted, failures.size());
        assertThat(failures).isEmpty();
    }

    /** Null when every question got a complete reply without a runaway figure; else what went wrong. */
    private static String serve(KnowledgeBase kb) {
        try (Cohost cohost = Cohost.builder(kb).build()) {
            String sku = kb.products().isEmpty() ? null : kb.products().getFirst().sku();
            String[][] questions = {{"how much is this one?", "en", "US"}, {"frete para o Brasil?", "pt", "BR"},
                    {"can I return it?", "en", "DE"}, {"¿cómo pago?", "es", "MX"}, {"is there a warranty?", "en", "US"}};
            for (String[] q : questions) {
                Utterance u = new Utterance("q" + q[0].hashCode(), Speaker.customer("c", "Ana", q[1], q[2]), q[0], false,
                        Instant.now());
                ReplyResult r = cohost.ask("c", u, sku).result().get(20, TimeUnit.SECONDS);
                Matcher runaway = RUNAWAY_FIGURE.matcher(r.text());
                if (runaway.find()) {
                    return "'" + q[0] + "' got a runaway figure: " + DeskFuzzTest.abbreviate(r.text());
                }
            }
            return null;
        } catch (Exception e) {
            return "a question failed: " + e;
        }
    }

    /** Changes the file in place; says how. */
    private static String mutate(Random random, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        switch (random.nextInt(16)) {
            case 0, 1, 2 -> {
                String number = pick(random, "1e999999999", "1e400", "-1e999999999", "1e-999999999", "1000000000",
                        "1000000000.0001", "0.00001", "9.9999", "1" + "0".repeat(80), "123456789012345678901234567890",
                        "0.1e1", "-0", "5E+3", "2147483648", "-2147483649");
                return "number " + number + " " + replaceOne(random, file, text, NUMBER, number);
            }
            case 3, 4 -> {
                String value = pick(random, "x".repeat(501), "x".repeat(20_001), "\u202e@admin", "a\u0000b",
                        "\u0007\u001b[31m", "😀".repeat(600), "<script>alert(1)</script>", " ", "",
                        "(((((((((((((((((((((((((((((((((((a", "a".repeat(5000) + "!");
                String json = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(value));
                return "string " + DeskFuzzTest.abbreviate(value) + " "
                        + replaceOne(random, file, text, STRING, "\"" + json + "\"");
            }
            case 5 -> {
                int at = random.nextInt(bytes.length + 1);
                byte[] bad = pick(random, new byte[][]{{(byte) 0xE9}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF},
                        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAE}, {0}});
                Files.write(file, concat(java.util.Arrays.copyOf(bytes, at), bad,
                        java.util.Arrays.copyOfRange(bytes, at, bytes.length)));
                return "bytes at " + at;
            }
            case 6 -> {
                String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("{}");
                Files.writeString(file, line + " " + line + "\n" + text);
                return "two values on a line";
            }
            case 7 -> {
                Files.writeString(file, text.replaceFirst("\\{", "{\"x\": " + "[".repeat(random.nextInt(3000))
                        + "]".repeat(random.nextInt(3000)) + ", "));
                return "deep nesting";
            }
            case 8 -> {
                Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
                return "truncated";
            }
            case 9, 10 -> {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(128);
                }
                Files.write(file, bytes);
                return "bytes flipped";
            }
            case 11 -> {
                Files.delete(file);
                String how = pick(random, "/dev/zero", "/dev/null", "/dev/urandom", "loop", "folder", "missing");
                switch (how) {
                    case "loop" -> {
                        Files.createSymbolicLink(file, file.resolveSibling("loop"));
                        Files.createSymbolicLink(file.resolveSibling("loop"), file);
                    }
                    case "folder" -> Files.createDirectory(file);
                    case "missing" -> Files.createSymbolicLink(file, file.resolveSibling("nowhere"));
                    default -> Files.createSymbolicLink(file, Path.of(how));
                }
                return "replaced by " + how;
            }
            case 12 -> {
                Files.write(file, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
                return "BOM and CRLF";
            }
            case 13 -> {
                Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
                return "saved as Latin-1";
            }
            case 14 -> {
                Files.writeString(file, text + "\n" + pick(random, "{}", "[]", "null", "1", "\"s\"", "{\"id\": 5}"));
                return "extra line";
            }
            default -> {
                return "unchanged";
            }
        }
    }

    private static String replaceOne(Random random, Path file, String text, Pattern pattern, String replacement) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return "(none to replace)";
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        try {
            Files.writeString(file, text.substring(0, span[0]) + replacement + text.substring(span[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "at " + span[0];
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
