package cohost.engine;

import cohost.engine.answer.LlmComposer;
import cohost.engine.answer.Facts;
import cohost.engine.testing.ScriptedChatModel;
import cohost.engine.testing.TestShop;
import cohost.knowledge.KnowledgeBase;
import cohost.engine.time.VirtualTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class CohostTest {
    static final KnowledgeBase kb = TestShop.kb();
    static final Cohost cohost = Cohost.builder(kb).build();

    @AfterAll
    static void close() {
        cohost.close();
    }

    static Speaker ana = Speaker.viewer("v1", "Ana", "pt", "BR");

    static ReplyResult ask(Cohost c, String conversation, Speaker who, String text) {
        return c.ask(conversation, Utterance.typed("m-" + text.hashCode(), who, text)).result().join();
    }

    @Test
    void traditionalChineseForAskersInTaiwanHongKongMacaoOrWritingTraditionalCharacters() {
        String question = "寄到日本要多久？";
        for (String country : List.of("TW", "HK", "MO")) {
            ReplyResult r = ask(cohost, "c-zh-" + country, Speaker.customer("c", "Mei", "zh", country), question);
            assertThat(r.lang()).as(country).isEqualTo("zh-Hant");
            assertThat(r.text()).as(country).contains("寄往日本", "4-7個工作日").doesNotContain("个");
            assertThat(r.hostText()).as("the host's language stays Simplified").contains("4-7个工作日");
        }
        ReplyResult typed = ask(cohost, "c-zh-typed", Speaker.customer("c", "Mei", null, null), "寄到日本運費多少？");
        assertThat(typed.lang()).isEqualTo("zh-Hant");
        ReplyResult followUp = ask(cohost, "c-zh-typed", Speaker.customer("c", "Mei", null, null), "那日本呢？");
        assertThat(followUp.lang()).as("a follow-up keeps the conversation's writing").isEqualTo("zh-Hant");
        ReplyResult mainland = ask(cohost, "c-zh-cn", Speaker.customer("c", "Li", "zh", "CN"), question);
        assertThat(mainland.lang()).isEqualTo("zh");
        assertThat(mainland.text()).contains("4-7个工作日");
        ReplyResult declared = ask(cohost, "c-zh-hans", Speaker.customer("c", "Li", "zh-Hans", "TW"), question);
        assertThat(declared.lang()).as("a declared script wins over the country").isEqualTo("zh");
    }

    @Test
    void askAnswersFromTheKbInTheAskersLanguageAddressedByName() {
        ReplyResult r = ask(cohost, "c-ship", ana, "quanto custa o frete?");
        assertThat(r.lang()).isEqualTo("pt");
        assertThat(r.intent()).isEqualTo(Intent.SHIPPING);
        assertThat(r.text()).startsWith("@Ana Frete para o Brasil:").contains("Correios", "7 a 12 dias úteis", "US$ 8,50");
        assertThat(r.sources()).extracting(Source::id).containsExactly("br-std", "br-exp");
        assertThat(r.handoff()).isFalse();
        assertThat(r.hostText()).as("the host reads it in Chinese").startsWith("@Ana 寄往巴西：").contains("Correios");
    }

    @Test
    void followUpsKeepTheTopicAndChangeWhatTheyName() {
        Speaker bo = Speaker.customer("c2", "Bo", "en", null);
        assertThat(ask(cohost, "c-follow", bo, "how long does shipping to Brazil take?").text()).contains("Brazil", "Correios");
        ReplyResult canada = ask(cohost, "c-follow", bo, "and to Canada?");
        assertThat(canada.intent()).isEqualTo(Intent.SHIPPING);
        assertThat(canada.text()).contains("Canada", "Canada Post", "5-9 business days");
    }

    @Test
    void productFollowUpsAnswerVariantAndPrice() {
        Speaker li = Speaker.viewer("v9", "Li", "en", "US");
        String showing = "EB-100";
        Reply first = cohost.ask("c-prod", Utterance.typed("p1", li, "tell me about this one"), showing);
        assertThat(first.result().join().text()).contains("Wireless Earbuds X1", "$39.90");
        ReplyResult black = cohost.ask("c-prod", Utterance.typed("p2", li, "in black?"), showing).result().join();
        assertThat(black.text()).isEqualTo("@Li Yes, Wireless Earbuds X1 comes in black and it's in stock ($39.90).");
        ReplyResult white = cohost.ask("c-prod", Utterance.typed("p3", li, "and in white?"), showing).result().join();
        assertThat(white.text()).contains("out of stock");
    }

    @Test
    void noAnswerInTheKbSaysSoAndHandsOff() {
        ReplyResult r = ask(cohost, "c-none", Speaker.customer("c3", null, "en", null), "do you ship to Australia?");
        assertThat(r.handoff()).isTrue();
        assertThat(r.text()).contains("Australia", "won't guess", "teammate");
        assertThat(r.sources()).isEmpty();
    }

    @Test
    void askingForSomethingTheStoreDoesNotSellSaysSoAndOffersAHuman() {
        try (Cohost demo = Cohost.builder(KnowledgeBase.demo()).build()) {
            Speaker kim = Speaker.customer("c4", null, "en", null);
            ReplyResult tires = ask(demo, "c-tires", kim, "Do you sell car tires?");
            assertThat(tires.handoff()).isTrue();
            assertThat(tires.text()).contains("won't guess", "teammate").doesNotContain("Charger", "Opener");
            assertThat(tires.sources()).isEmpty();
            ReplyResult it = ask(demo, "c-it", kim, "how much is it?");
            assertThat(it.text()).as("nothing named, nothing on screen: ask").isEqualTo("Which product do you mean?");
            assertThat(it.handoff()).isFalse();
        }
    }

    @Test
    void aKoreanPaymentQuestionListsTheKoreanMethodsNotSudans() {
        try (Cohost demo = Cohost.builder(KnowledgeBase.demo()).build()) {
            ReplyResult r = ask(demo, "c-kr", Speaker.customer("c5", null, "ko", "KR"), "결제 수단은 뭐가 있나요?");
            assertThat(r.intent()).isEqualTo(Intent.PAYMENT);
            assertThat(r.text()).contains("네이버페이").doesNotContain("수단에서는");
        }
    }

    @Test
    void theTranscriptRecordsEachMessageAndReply() {
        ask(cohost, "c-log", ana, "oi");
        List<Turn> turns = cohost.transcript("c-log").orElseThrow();
        assertThat(turns).extracting(Turn::status).containsExactly(Turn.Status.RECEIVED, Turn.Status.ANSWERED);
        assertThat(turns.get(1).speaker()).isEqualTo(Speaker.COHOST);
        assertThat(cohost.transcript("never-used")).isEmpty();
    }

    @Test
    void aQuestionIsUnderstoodWithItsFactsWithoutTouchingTheConversation() {
        Question q = cohost.question("c-quiet", Utterance.typed("q1", ana, "frete para o Canadá?"), null);
        assertThat(q.meaning().intent()).isEqualTo(Intent.SHIPPING);
        assertThat(q.meaning().slots().country()).isEqualTo("CA");
        assertThat(q.facts()).isInstanceOfSatisfying(Facts.Shipping.class, f -> assertThat(f.country()).isEqualTo("CA"));
        assertThat(cohost.transcript("c-quiet")).isEmpty();
        assertThat(q.gist()).isEqualTo("[运费 → 加拿大]");
    }

    @Test
    void oneAnswerToSeveralAskersNamesEachAndLandsInEachConversation() {
        Speaker a = Speaker.viewer("va", "Ana", "es", "MX");
        Speaker b = Speaker.viewer("vb", "Beto", "es", "MX");
        Utterance ua = Utterance.typed("ja", a, "¿cuánto cuesta el envío a México?");
        Utterance ub = Utterance.typed("jb", b, "envio a mexico cuanto??");
        Reply reply = cohost.answer(List.of(cohost.question("room:va", ua, null), cohost.question("room:vb", ub, null)), "es");
        ReplyResult r = reply.result().join();
        assertThat(r.inReplyTo()).containsExactly("ja", "jb");
        assertThat(r.text()).startsWith("@Ana @Beto Envío a México:").contains("Estafeta");
        for (String c : List.of("room:va", "room:vb")) {
            assertThat(cohost.transcript(c).orElseThrow()).extracting(Turn::text).last().isEqualTo(r.text());
        }
    }

    @Test
    void turnsOfOneConversationAreAnsweredInOrderWhileManyRunConcurrently() throws Exception {
        int conversations = 1000;
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<CompletableFuture<List<ReplyResult>>> all = new ArrayList<>();
            for (int i = 0; i < conversations; i++) {
                String id = "load-" + i;
                Speaker s = Speaker.viewer("v" + i, "V" + i, "en", i % 2 == 0 ? "BR" : "MX");
                all.add(CompletableFuture.supplyAsync(() -> {
                    List<Reply> replies = new ArrayList<>();
                    for (String text : List.of("hi", "shipping cost?", "can I return it?", "thanks")) {
                        replies.add(cohost.ask(id, Utterance.typed(id + text, s, text)));
                    }
                    return replies.stream().map(r -> r.result().join()).toList();
                }, pool));
            }
            for (var f : all) {
                List<ReplyResult> results = f.get();
                assertThat(results).extracting(ReplyResult::intent)
                        .containsExactly(Intent.GREETING, Intent.SHIPPING, Intent.RETURNS, Intent.CHATTER); // "thanks" asks nothing
            }
        }
        List<Turn> turns = cohost.transcript("load-7").orElseThrow();
        assertThat(turns).extracting(Turn::status).containsExactly(Turn.Status.RECEIVED, Turn.Status.ANSWERED,
                Turn.Status.RECEIVED, Turn.Status.ANSWERED, Turn.Status.RECEIVED, Turn.Status.ANSWERED,
                Turn.Status.RECEIVED, Turn.Status.ANSWERED);
    }

    @Test
    void aCutReplyIsRecordedWithOnlyWhatWasDelivered() {
        String slow = "Pelos Correios leva de 7 a 12 dias úteis. ".repeat(50);
        VirtualTime time = new VirtualTime();
        var model = ScriptedChatModel.on(time, request -> slow).pause(Duration.ofMillis(20));
        try (var llm = Cohost.builder(kb).time(time).chatModel(model).build()) {
            Reply reply = llm.ask("desk-9", Utterance.typed("m1", ana, "frete?"));
            List<ReplyEvent> events = Collections.synchronizedList(new ArrayList<>());
            reply.subscribe(events::add);
            awaitDelta(reply, time);
            reply.cancel("customer_left");
            ReplyEvent.Cancelled cancelled = (ReplyEvent.Cancelled) events.getLast();
            Turn last = llm.transcript("desk-9").orElseThrow().getLast();
            assertThat(last.status()).isEqualTo(Turn.Status.CUT);
            assertThat(last.detail()).isEqualTo("customer_left");
            assertThat(last.text()).isEqualTo(cancelled.delivered()).startsWith("@Ana ");
            assertThat(last.text().length()).isLessThan(slow.length());
            assertThat(model.cancels()).as("the model's call was cancelled").isEqualTo(1);
            time.advance(Duration.ofMinutes(1));
            assertThat(events.getLast()).as("nothing after the cancel, a minute later").isEqualTo(cancelled);
        }
    }

    @Test
    void aShortFollowUpIsAnsweredInTheConversationsLanguage() {
        Speaker max = Speaker.customer("c-de", "Max", null, null);
        assertThat(ask(cohost, "c-lang", max, "Wie lange dauert der Versand nach Deutschland und was kostet er?").lang())
                .isEqualTo("de");
        ReplyResult followUp = ask(cohost, "c-lang", max, "Und per Express?");
        assertThat(followUp.lang()).isEqualTo("de");
        assertThat(followUp.text()).contains("Werktage");
        assertThat(cohost.transcript("c-lang").orElseThrow().getLast().lang()).isEqualTo("de");
    }

    @Test
    void aLongerMessageInAnotherLanguageSwitchesTheReplyLanguage() {
        Speaker max = Speaker.customer("c-sw", "Max", null, null);
        ask(cohost, "c-switch", max, "Wie lange dauert der Versand nach Deutschland und was kostet er?");
        assertThat(ask(cohost, "c-switch", max, "How long does shipping to Germany take?").lang()).isEqualTo("en");
        assertThat(ask(cohost, "c-switch", max, "配送は何日かかりますか").lang()).as("another script tells at once")
                .isEqualTo("ja");
    }

    @Test
    void manyCancelledStreamsInARowLeaveTheEngineAnsweringNormally() throws Exception {
        String endless = "Uma resposta que nunca acaba, sem números. ";
        String finalAnswer = "Pelos Correios leva de 7 a 12 dias úteis.";
        int cancelled = 150;
        VirtualTime time = new VirtualTime();
        var model = ScriptedChatModel.on(time, request -> request.contains("última") ? finalAnswer : endless)
                .endlessFor(request -> !request.contains("última")).chunkChars(8).pause(Duration.ofMillis(2));
        try (var llm = Cohost.builder(kb).time(time).chatModel(model).build()) {
            for (int i = 0; i < cancelled; i++) {
                String id = "stream-" + i;
                Utterance question = Utterance.typed("m" + i, ana, "frete?");
                // ask() must return while the model streams: run it aside so that a regression fails, not hangs.
                Reply reply = CompletableFuture.supplyAsync(() -> llm.ask(id, question))
                        .get(30, TimeUnit.SECONDS);
                if (i % 2 == 0) awaitDelta(reply, time); // half are cancelled mid-stream, half before the model's first word
                assertThat(reply.cancel("host_spoke")).isTrue();
                assertThat(reply.result().get(30, TimeUnit.SECONDS).cancelled()).isTrue();
            }
            Reply last = llm.ask("after", Utterance.typed("last", ana, "última: frete?"));
            until(time, () -> last.result().isDone());
            ReplyResult answer = last.result().join();
            assertThat(answer.cancelled()).isFalse();
            assertThat(answer.text()).isEqualTo("@Ana " + finalAnswer);
            time.advance(Duration.ofMinutes(1));
            // a reply cancelled before its turn began never calls the model; every call that began was cancelled
            assertThat(model.requests().size()).isGreaterThan(cancelled / 2);
            assertThat(model.cancels()).as("every cancelled reply's model call was cancelled")
                    .isEqualTo(model.requests().size() - 1);
            assertThat(model.completed()).isEqualTo(1);
        }
    }

    @Test
    void aCancelledReplyCancelsTheModelsCallEvenWhileTheModelIsSilent() {
        VirtualTime time = new VirtualTime();
        var model = ScriptedChatModel.on(time, request -> "Uma frase sem números. ").thenSilent(true)
                .pause(Duration.ofMillis(20));
        try (var llm = Cohost.builder(kb).time(time).chatModel(model).build()) {
            Reply reply = llm.ask("quiet", Utterance.typed("m1", ana, "frete?"));
            StringBuffer said = new StringBuffer();
            reply.subscribe(e -> { if (e instanceof ReplyEvent.Delta d) said.append(d.text()); });
            until(time, () -> said.toString().endsWith("números. "));
            time.advance(Duration.ofSeconds(5)); // the model is quiet now, well within its silence limit
            reply.cancel("host_spoke");
            assertThat(model.cancels()).isEqualTo(1);
            assertThat(reply.result().join().text()).isEqualTo("@Ana Uma frase sem números. ");
        }
    }

    @Test
    void aModelThatGoesSilentIsTimedOutAndTheTemplateFinishesTheAnswer() {
        VirtualTime time = new VirtualTime();
        var model = ScriptedChatModel.on(time, request -> "Uma frase sem números. ").thenSilent(true)
                .pause(Duration.ofMillis(20));
        try (var llm = Cohost.builder(kb).time(time).chatModel(model).modelSilence(Duration.ofMillis(300)).build()) {
            Utterance question = Utterance.typed("m1", ana, "quanto custa o frete pro Brasil?");
            Reply reply = llm.ask("silent", question);
            until(time, () -> reply.result().isDone());
            ReplyResult result = reply.result().join();
            ReplyResult template;
            try (var plain = Cohost.builder(kb).build()) {
                template = plain.ask("plain", question).result().join();
            }
            assertThat(result.cancelled()).isFalse();
            assertThat(result.text()).isEqualTo("@Ana Uma frase sem números. " + template.text().substring("@Ana ".length()));
            assertThat(model.cancels()).as("the silent call was cancelled").isEqualTo(1);
        }
    }

    @Test
    void theModelOnlyComposesAnswersThatHaveFactsToPhrase() {
        assertThat(LlmComposer.composes(new cohost.engine.answer.Facts.NoAnswer(Intent.PAYMENT))).isFalse();
        assertThat(LlmComposer.composes(new cohost.engine.answer.Facts.Greeting())).isFalse();
    }

    /**
     * Moves virtual time 5 ms at a time until {@code done} (the turn runs on the engine's pool, which the test waits
     * for; the model's pieces and timers run as time moves).
     */
    static void until(VirtualTime time, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not done within 30 s of real time");
            time.advance(Duration.ofMillis(5));
            Thread.yield();
        }
    }

    static void awaitDelta(Reply reply, VirtualTime time) {
        // Copy-on-write: the model's pieces add events while this one streams over them.
        List<ReplyEvent> events = new CopyOnWriteArrayList<>();
        reply.subscribe(events::add);
        until(time, () -> events.stream().filter(e -> e instanceof ReplyEvent.Delta).count() >= 2);
    }
}
