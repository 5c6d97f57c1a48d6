package cohost.wire;

import cohost.engine.Source;

import java.math.BigDecimal;
import java.util.List;

/**
 * One of every wire record, with every field set: the fixture the codec, the console page and openapi.json are all
 * checked against. {@code WireSamplesTest} fails when a frame type has no sample here.
 */
public final class WireSamples {
    public static final Person ANA = new Person("v-ana", "Ana", "pt", "BR");
    public static final List<Source> SOURCES = List.of(new Source("shipping", "br-standard"));

    private WireSamples() {
    }

    /** Every frame a client may send, in the order a session might send them. */
    public static List<ClientFrame> clientFrames() {
        return List.of(
                new ClientFrame.ProductShowing("LL-AUD-0002"),
                new ClientFrame.Chat("m1", ANA, "quanto custa o frete pro Brasil?"),
                new ClientFrame.Moderator("m2", new Person("mod-1", "Team", "en", null), "giveaway in a minute!"),
                new ClientFrame.Host("h1", "pessoal, próximo produto!"),
                new ClientFrame.HostSpeaking(true),
                new ClientFrame.SpeechStart("s1", "viewer", ANA, 16000, "pt"),
                new ClientFrame.SpeechEnd("s1"),
                new ClientFrame.ReplyStop("r2"),
                new ClientFrame.MessageAnswer("m3"),
                new ClientFrame.HandoffTake("m5", "Lee"),
                new ClientFrame.Event("e1", "join", "v-ana", "Ana", "pt", "BR"));
    }

    /** Every frame the server sends, as one room would send them: m1 answered, m2 joined, m3 skipped, r2 cut. */
    public static List<ServerFrame> serverFrames() {
        return List.of(
                new ServerFrame.Message("m1", "viewer", ANA, "quanto custa o frete pro Brasil?", "pt", "shipping",
                        "运费多少？"),
                new ServerFrame.ReplyStarted("r1", List.of("m1"), "pt", "shipping", "运费多少？", true),
                new ServerFrame.ReplyDelta("r1", "@Ana Frete para Brasil: "),
                new ServerFrame.ReplyDelta("r1", "15 a 30 dias úteis, US$ 6,99."),
                new ServerFrame.Message("m2", "viewer", new Person("v-bia", "Bia", "pt", "BR"),
                        "qual o prazo pro Brasil?", "pt", "shipping", "运费多少？"),
                new ServerFrame.Joined("m2", "r1", "运费多少？"),
                new ServerFrame.ReplyDone("r1", "@Ana Frete para Brasil: 15 a 30 dias úteis, US$ 6,99.", "pt",
                        SOURCES, "寄往巴西：15-30个工作日，US$6.99。", "shipping", true, 3.5),
                new ServerFrame.Message("m3", "viewer", new Person("v-spam", null, null, null), "!!!!!!!!", null,
                        null, null),
                new ServerFrame.Skipped("m3", "spam", null),
                new ServerFrame.Message("m4", "viewer", ANA, "posso devolver?", "pt", "returns", "可以退货吗？"),
                new ServerFrame.ReplyStarted("r2", List.of("m4"), "pt", "returns", "可以退货吗？", true),
                new ServerFrame.ReplyDelta("r2", "@Ana Você pode "),
                new ServerFrame.Message("h1", "host", new Person("host", null, null, null), "próximo produto!",
                        "pt", "chatter", "下一个产品！"),
                new ServerFrame.ReplyCancelled("r2", "host_spoke", "@Ana Você pode ", "returns", false, 2.0),
                new ServerFrame.SpeechTranscript("s1", "frete", false),
                new ServerFrame.SpeechTranscript("s1", "frete pro brasil", true),
                new ServerFrame.Error("bad_request", "chat.viewer is required: {\"id\": \"v1\", ...}", "m9"),
                new ServerFrame.RoomState(true, "LL-AUD-0002", productCard()),
                new ServerFrame.Handoff("m5", ANA, "quero falar com uma pessoa", "pt", "转人工", "r3",
                        "2026-01-01T00:00:00Z", "Lee"),
                new ServerFrame.Notice("ai_disclosure", "Replies in this chat are written by an AI assistant.",
                        java.util.Map.of("en", "Replies in this chat are written by an AI assistant.",
                                "zh", "本直播间的回复由AI助手生成。"), true));
    }

    /** A product with two variants at different prices, one of them out of stock. */
    public static ProductCard productCard() {
        ProductCard.Stock none = new ProductCard.Stock("out_of_stock", 0);
        ProductCard.Stock twelve = new ProductCard.Stock("in_stock", 12);
        return new ProductCard("LL-AUD-0002", "Sonaro Air S2", "Sonaro",
                new ProductCard.Price(new BigDecimal("49.9"), new BigDecimal("59.9"), "USD"), twelve,
                List.of(new ProductCard.VariantLine("LL-AUD-0002-BLK", "color: black", new BigDecimal("49.9"), twelve),
                        new ProductCard.VariantLine("LL-AUD-0002-WHT", "color: white", new BigDecimal("59.9"), none)));
    }

    public static DeskMessage deskMessage() {
        return new DeskMessage("d1", "¿envío a México?", "es", new Person("c1", "Lucía", "es", "MX"), "LL-AUD-0002");
    }

    public static DeskAnswer deskAnswer() {
        return new DeskAnswer("envío a México", new DeskReply("r7", List.of("d1"), "@Lucía Envío a México: ...",
                "es", "shipping", SOURCES, false, "寄往墨西哥：...", 1.7, true, true, "client_gone"));
    }

    public static Transcript transcript() {
        return new Transcript("c1", List.of(
                new Transcript.Turn("d1", "customer", new Person("c1", "Lucía", "es", "MX"), "¿envío a México?", "es",
                        "shipping", List.of(), "received", null, "2026-01-01T00:00:00Z", List.of(),
                        "[shipping → Mexico]", null),
                new Transcript.Turn("r7", "cohost", new Person("cohost", null, null, null), "Envío a México: ...",
                        "es", "shipping", SOURCES, "answered", null, "2026-01-01T00:00:00.002Z", List.of(), null,
                        "Shipping to Mexico: ..."),
                new Transcript.Turn("d2", "customer", new Person("c1", "Lucía", "es", "MX"), "¿y a Chile?", "es",
                        "shipping", List.of(), "received", "r9", "2026-01-01T00:00:01Z",
                        List.of(new Transcript.Outcome("skipped", "rate_limited")), null, null),
                new Transcript.Turn("d3", "viewer", new Person("v1", "Ana", "pt", "BR"), "e o frete?", "pt",
                        "shipping", List.of(), "held", "host_speaking", "2026-01-01T00:00:02Z", List.of(),
                        "[shipping → Brazil]", null)));
    }

    public static ErrorBody errorBody() {
        return new ErrorBody("bad_request", "customer.country 'Mexico' is not an ISO 3166-1 alpha-2 code, e.g. \"BR\"");
    }

    public static Health health() {
        return new Health("ok", "keys", List.of(
                new Health.StoreHealth("silkroad", "3f9c2a-4", "2026-12-03T12:00:00Z", "/srv/kb/silkroad",
                        new Health.KbError("2026-12-03T12:05:00Z",
                                "shipping.json rules[0].minDays: minDays 10 is greater than maxDays 2",
                                List.of(new Health.KbProblem("shipping.json", null, "rules[0].minDays",
                                        "minDays 10 is greater than maxDays 2")))),
                new Health.StoreHealth("demo", "77ab01-1", "2026-12-03T11:00:00Z", null, null)));
    }

    public static KbReload kbReload() {
        return new KbReload(true, new Health.StoreHealth("silkroad", "3f9c2a-5", "2026-12-03T12:06:00Z",
                "/srv/kb/silkroad", null));
    }
}
