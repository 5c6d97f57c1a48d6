package cohost.wire;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The codec: every record survives a round trip; what clients send is read strictly, with errors that say where. */
class WireJsonTest {

    @Test
    void everyRecordSurvivesARoundTrip() {
        for (ClientFrame f : WireSamples.clientFrames()) {
            assertThat(WireJson.readClientFrame(WireJson.write(f))).isEqualTo(f);
        }
        for (ServerFrame f : WireSamples.serverFrames()) {
            assertThat(WireJson.readServerFrame(WireJson.write(f))).contains(f);
        }
        assertThat(WireJson.readDeskMessage(WireJson.write(WireSamples.deskMessage()))).isEqualTo(WireSamples.deskMessage());
        for (Object body : List.of(WireSamples.deskAnswer(), WireSamples.transcript(), WireSamples.errorBody(),
                WireSamples.health(), WireSamples.kbReload())) {
            assertThat(WireJson.read(WireJson.write(body), body.getClass())).isEqualTo(body);
        }
    }

    @Test
    void theSamplesHaveOneOfEveryFrameType() {
        assertThat(WireSamples.clientFrames().stream().map(WireJson::typeOf).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(WireJson.clientFrameTypes());
        assertThat(WireSamples.serverFrames().stream().map(WireJson::typeOf).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(WireJson.serverFrameTypes());
        assertThat(WireJson.serverFrameTypes()).as("every record of the sealed hierarchy has a type name")
                .hasSize(concrete(ServerFrame.class).size());
        assertThat(WireJson.clientFrameTypes()).hasSize(concrete(ClientFrame.class).size());
    }

    private static Set<Class<?>> concrete(Class<?> sealed) {
        return Stream.of(sealed.getPermittedSubclasses())
                .flatMap(c -> c.isSealed() ? concrete(c).stream() : Stream.of(c)).collect(Collectors.toSet());
    }

    @Test
    void framesAreWrittenAsTheContractShowsThem() {
        assertThat(WireJson.write(new ServerFrame.ReplyStarted("r1", List.of("m1", "m7"), "pt", null, null, true)))
                .isEqualTo("{\"type\":\"reply.started\",\"replyId\":\"r1\",\"inReplyTo\":[\"m1\",\"m7\"],\"lang\":\"pt\",\"ai\":true}");
        assertThat(WireJson.write(new ServerFrame.Skipped("m9", "spam", null)))
                .as("fields the contract always sends are sent as null, not left out")
                .isEqualTo("{\"type\":\"skipped\",\"inReplyTo\":\"m9\",\"reason\":\"spam\",\"gist\":null}");
        assertThat(WireJson.write(new ServerFrame.SpeechTranscript("s1", "oi", true)))
                .isEqualTo("{\"type\":\"transcript\",\"stream\":\"s1\",\"text\":\"oi\",\"final\":true}");
        assertThat(WireJson.write(new ClientFrame.Moderator("m2", new Person("mod", null, null, null), "stop")))
                .isEqualTo("{\"type\":\"moderator\",\"id\":\"m2\",\"viewer\":{\"id\":\"mod\"},\"text\":\"stop\"}");
        assertThat(Sse.event(new ServerFrame.ReplyDelta("r1", "Olá")))
                .isEqualTo("event: reply.delta\ndata: {\"type\":\"reply.delta\",\"replyId\":\"r1\",\"text\":\"Olá\"}\n\n");
    }

    @Test
    void aLanguageTagIsReadAsTheRegisteredLanguageItNames() {
        ClientFrame.Chat chat = (ClientFrame.Chat) WireJson.readClientFrame(
                "{\"type\":\"chat\",\"id\":\"m1\",\"viewer\":{\"id\":\"v1\",\"lang\":\"zh-TW\"},\"text\":\"運費多少？\"}");
        assertThat(chat.viewer().lang()).isEqualTo("zh-Hant");
        assertThat(WireJson.readDeskMessage("{\"text\":\"oi\",\"lang\":\"pt-BR\"}").lang()).isEqualTo("pt");
        assertThat(WireJson.readDeskMessage("{\"text\":\"hej\",\"lang\":\"sv-SE\"}").lang()).as("unregistered: ISO 639-1").isEqualTo("sv");
        assertThat(new Person("v1", null, "zh-Hant", null).lang()).as("a reply's writing survives the records").isEqualTo("zh-Hant");
    }

    @Test
    void aModeratorIsNeverReadAsTheHost() {
        // The old eval client sent a moderator turn as a host frame with a role; strictly read, that is an error.
        assertThat(frameError("{\"type\":\"host\",\"role\":\"moderator\",\"text\":\"stop\"}"))
                .isEqualTo("host has no field 'role' (its fields: id, text)");
        assertThat(WireJson.readClientFrame("{\"type\":\"moderator\",\"viewer\":{\"id\":\"mod\"},\"text\":\"stop\"}"))
                .isInstanceOf(ClientFrame.Moderator.class);
    }

    @Test
    void aBadFrameIsRefusedWithWhatIsWrongAndWhere() {
        assertThat(frameError("{not json")).startsWith("malformed JSON at line 1, column 2: ");
        assertThat(frameError("[]")).isEqualTo("a frame must be one JSON object, e.g. {\"type\": \"chat\", ...}; got an array");
        assertThat(frameError("")).startsWith("nothing was sent");
        assertThat(frameError("{\"text\":\"hi\"}")).startsWith("type is required: one of chat, moderator, host");
        assertThat(frameError("{\"type\":\"dance\"}")).isEqualTo("unknown type 'dance'; expected chat, moderator, host, "
                + "host.speaking, product.showing, speech.start, speech.end, reply.stop, message.answer, handoff.take, event");
        assertThat(frameError("{\"type\":7}")).startsWith("unknown type 7;");
        assertThat(frameError("{\"type\":\"chat\",\"id\":\"m0\",\"text\":\"hi\"}")).startsWith("chat.viewer is required: {");
        assertThat(frameError("{\"type\":\"chat\",\"viewer\":{\"name\":\"Ana\"},\"text\":\"hi\"}"))
                .isEqualTo("chat.viewer.id is required (a non-empty string)");
        assertThat(frameError("{\"type\":\"chat\",\"viewer\":{\"id\":\"v1\",\"lang\":\"klingon\"},\"text\":\"hi\"}"))
                .isEqualTo("chat.viewer.lang 'klingon' is not a supported language code; use ISO 639-1, e.g. \"es\"");
        assertThat(frameError("{\"type\":\"chat\",\"viewer\":{\"id\":\"v1\"},\"text\":5}"))
                .isEqualTo("chat.text must be a string, got a number");
        assertThat(frameError("{\"type\":\"chat\",\"viewer\":\"ana\",\"text\":\"x\"}"))
                .startsWith("chat.viewer must be an object: {\"id\"").endsWith("got a string");
        assertThat(frameError("{\"type\":\"chat\",\"viewer\":{\"id\":\"v1\",\"age\":3},\"text\":\"x\"}"))
                .isEqualTo("chat.viewer has no field 'age' (its fields: country, id, lang, name)");
        assertThat(frameError("{\"type\":\"host.speaking\"}")).isEqualTo("host.speaking.on is required: true or false");
        assertThat(frameError("{\"type\":\"host.speaking\",\"on\":\"yes\"}"))
                .isEqualTo("host.speaking.on must be true or false, got a string");
        assertThat(frameError("{\"type\":\"host.speaking\",\"on\":1}"))
                .isEqualTo("host.speaking.on must be true or false, got a number");
        assertThat(frameError("{\"type\":\"host\",\"text\":\"  \"}")).isEqualTo("host.text is required (a non-empty string)");
        assertThat(frameError("{\"type\":\"speech.start\",\"stream\":\"s1\",\"role\":\"dj\",\"sampleRate\":16000}"))
                .isEqualTo("speech.start.role must be viewer, host or moderator, not 'dj'");
        assertThat(frameError("{\"type\":\"speech.start\",\"stream\":\"s1\",\"role\":\"host\",\"sampleRate\":16000.5}"))
                .isEqualTo("speech.start.sampleRate must be a whole number, got a number");
        assertThat(frameError("{\"type\":\"speech.start\",\"stream\":\"s1\",\"role\":\"host\",\"sampleRate\":\"16000\"}"))
                .isEqualTo("speech.start.sampleRate must be a whole number, got a string");
        assertThat(frameError("{\"type\":\"speech.start\",\"stream\":\"s1\",\"sampleRate\":16000}"))
                .startsWith("speech.start.viewer is required");
        assertThat(frameError("{\"type\":\"host\",\"id\":\"" + "x".repeat(129) + "\",\"text\":\"a\"}"))
                .isEqualTo("host.id must be 1-128 characters without control characters");
    }

    @Test
    void onlyOneObjectWithUniqueFieldsIsAccepted() {
        assertThat(frameError("{\"type\":\"host\",\"text\":\"a\",\"text\":\"b\"}"))
                .startsWith("malformed JSON at line 1, column ").containsIgnoringCase("duplicate field 'text'");
        assertThat(frameError("{\"type\":\"host\",\"text\":\"a\"} {\"type\":\"host\"}"))
                .isEqualTo("more than one JSON value: send one object per frame or body");
        assertThat(frameError("{\"type\":\"host\",\"text\":\"a\"}x")).startsWith("malformed JSON at line 1, column 27");
    }

    @Test
    void deepNestingHugeNumbersAndLongNamesAreRefusedBeforeTheyCostAnything() {
        assertThat(frameError("{\"type\":\"chat\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}"))
                .isEqualTo("JSON nested deeper than 16 levels");
        assertThat(frameError("{\"type\":\"speech.start\",\"sampleRate\":" + "9".repeat(1001) + "}"))
                .isEqualTo("a number longer than 32 characters");
        assertThat(frameError("{\"" + "k".repeat(65) + "\":1}")).isEqualTo("a field name longer than 64 characters");
        assertThat(frameError("{\"type\":\"speech.start\",\"stream\":\"s\",\"role\":\"host\",\"sampleRate\":1e999999}"))
                .isEqualTo("speech.start.sampleRate must be a whole number, got a number");
    }

    @Test
    void errorsNeverQuoteTheParser() {
        List<String> inputs = new ArrayList<>(List.of("{\"type\":NaN}", "{\"type\":'chat'}", "{type:\"chat\"}",
                "{\"type\":\"chat\"", "{\"type\":\"chat\",}", "{\"a\":\"\u0001\"}", "{\"type\":\"host\",\"text\":\"a\"}]",
                "{\"a\":-}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":\"\\x\"}", "{\"a\":tru}", "{\"a\":Infinity}",
                "{/*c*/}", "{\"a\":[1,]}", "\uFEFF{}", "{\"a\":\"\\uZZZZ\"}", "\"just a string\"", "null", "42"));
        List<String> messages = new ArrayList<>();
        for (String in : inputs) {
            messages.add(frameError(in));
            messages.add(deskError(in));
        }
        for (String m : messages) {
            assertThat(m).doesNotContain("com.fasterxml", "jackson", "Source:", "REDACTED", "enable", "Feature", "`",
                    "java.", "Constraints", "JsonToken", "(code ").isNotBlank();
        }
    }

    @Test
    void theErrorOfABadFrameCarriesItsMessageIdWhenItHasOne() {
        WireException e = catchThrowableOfType(WireException.class,
                () -> WireJson.readClientFrame("{\"type\":\"chat\",\"id\":\"m7\",\"text\":\"hi\"}"));
        assertThat(e.messageId()).isEqualTo("m7");
    }

    @Test
    void aCustomersCountryMayBeTypedAsANameOrACityAndIsReadAsItsCode() {
        assertThat(new Person("c1", null, null, "br").country()).isEqualTo("BR");
        assertThat(new Person("c1", null, null, "Mexico").country()).isEqualTo("MX");
        assertThat(new Person("c1", null, null, "UK").country()).isEqualTo("GB");
        assertThat(new Person("c1", null, null, "England").country()).isEqualTo("GB");
        assertThat(new Person("c1", null, null, "München").country()).isEqualTo("DE");
        assertThat(new Person("c1", null, null, "Toronto").country()).isEqualTo("CA");
        assertThat(new Person("c1", null, null, "慕尼黑").country()).isEqualTo("DE");
    }

    @Test
    void aDeskBodyIsReadAsStrictly() {
        assertThat(deskError("{\"lang\":\"es\"}")).isEqualTo("text is required (a non-empty string)");
        assertThat(deskError("{\"text\":42}")).isEqualTo("text must be a string, got a number");
        assertThat(deskError("{\"text\":\"hola\",\"customer\":{\"id\":\"c1\",\"country\":\"Qwzxyville\"}}"))
                .isEqualTo("customer.country 'Qwzxyville' is not a country code (ISO 3166-1 alpha-2, e.g. \"BR\"), "
                        + "a country name or a known city");
        assertThat(deskError("{\"text\":\"hola\",\"customer\":\"Ana\"}")).startsWith("customer must be an object");
        assertThat(deskError("{\"text\":\"hola\",\"extra\":1}"))
                .isEqualTo("the message has no field 'extra' (its fields: customer, id, lang, showing, text)");
        assertThat(deskError("[1, 2]")).startsWith("the body must be one JSON object");
        DeskMessage m = WireJson.readDeskMessage("{\"text\":\"hola\",\"lang\":\"pt-BR\",\"customer\":{\"country\":\"br\"}}");
        assertThat(m.lang()).isEqualTo("pt");
        assertThat(m.customer().country()).isEqualTo("BR");
        assertThat(m.customer().id()).as("a customer may go without an id").isNull();
    }

    @Test
    void clientsReadTheServerLeniently() {
        assertThat(WireJson.readServerFrame("{\"type\":\"reply.delta\",\"replyId\":\"r1\",\"text\":\"a\",\"new\":1}"))
                .contains(new ServerFrame.ReplyDelta("r1", "a"));
        assertThat(WireJson.readServerFrame("{\"type\":\"poll.opened\",\"id\":\"p1\"}")).as("a newer frame type").isEmpty();
        assertThat(WireJson.read("{\"reply\":{\"id\":\"r1\",\"text\":\"x\",\"future\":true}}", DeskAnswer.class)
                .reply().id()).isEqualTo("r1");
    }

    @Test
    void anSseStreamIsReadBackIntoFrames() {
        List<ServerFrame> read = new ArrayList<>();
        Sse.Reader reader = new Sse.Reader(read::add);
        List<ServerFrame> sent = List.of(new ServerFrame.ReplyStarted("r1", List.of("d1"), "en", null, null, true),
                new ServerFrame.ReplyDelta("r1", "Hello"), new ServerFrame.ReplyDone("r1", "Hello", "en",
                        WireSamples.SOURCES, "你好", "greeting", false, 1.0));
        sent.forEach(f -> Sse.event(f).lines().forEach(reader::line));
        reader.line(": a comment");
        reader.end();
        assertThat(read).isEqualTo(sent);
    }

    @Test
    void aRoomEventIsReadStrictlyAndAnUnknownKindOrAMissingViewerIsRefusedByName() {
        assertThat(WireJson.readClientFrame("{\"type\":\"event\",\"kind\":\"follow\",\"viewer\":\"v1\","
                + "\"name\":\" Ana\u202e \",\"lang\":\"pt-BR\",\"country\":\"Brasil\"}"))
                .isEqualTo(new ClientFrame.Event(null, "follow", "v1", "Ana", "pt", "BR"));
        assertThat(frameError("{\"type\":\"event\",\"kind\":\"gift\",\"viewer\":\"v1\"}"))
                .isEqualTo("event.kind must be join, follow or order, not 'gift'");
        assertThat(frameError("{\"type\":\"event\",\"kind\":\"join\"}"))
                .isEqualTo("event.viewer is required (a non-empty string)");
        assertThat(frameError("{\"type\":\"event\",\"id\":\"e9\",\"kind\":\"join\",\"viewer\":\"v1\",\"gift\":1}"))
                .contains("gift");
    }

    private static String frameError(String json) {
        return catchThrowableOfType(WireException.class, () -> WireJson.readClientFrame(json)).getMessage();
    }

    private static String deskError(String json) {
        return catchThrowableOfType(WireException.class, () -> WireJson.readDeskMessage(json)).getMessage();
    }

    @Test
    void aNumberOutOfItsFieldsRangeIsAClientErrorNamingTheField() {
        assertThatThrownBy(() -> WireJson.readClientFrame("{\"type\": \"speech.start\", \"stream\": \"s1\", "
                + "\"role\": \"host\", \"sampleRate\": 99999999999}"))
                .isInstanceOf(WireException.class).hasMessage("speech.start.sampleRate is out of range");
    }

    @Test
    void namesArePlainTextSafeToPutInAReply() {
        assertThat(Checks.plainName("\u202eAna\u0007 \u2066Maria\u2069\u200b")).isEqualTo("Ana Maria");
        assertThat(Checks.plainName("👩\u200d👩\u200d👧 Família")).as("joiners of an emoji sequence stay")
                .isEqualTo("👩\u200d👩\u200d👧 Família");
        assertThat(Checks.plainName("x".repeat(500))).hasSize(Checks.MAX_NAME_LENGTH);
        assertThat(Checks.plainName("\u0000\u202e ")).isNull();
        assertThat(Checks.plainName("<script>alert(1)</script>")).as("markup is plain text for clients to escape")
                .isEqualTo("<script>alert(1)</script>");
        ClientFrame.Chat chat = (ClientFrame.Chat) WireJson.readClientFrame("{\"type\": \"chat\", \"viewer\": "
                + "{\"id\": \"v1\", \"name\": \"\\u202e@admin\"}, \"text\": \"frete\\u202e?\\u001b[2J\\nok\"}");
        assertThat(chat.viewer().name()).isEqualTo("@admin");
        assertThat(chat.text()).isEqualTo("frete?[2J\nok");
    }
}
