package cohost.connectors.llm;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.answer.Facts;
import cohost.engine.answer.LlmComposer;
import cohost.engine.answer.StreamingReply;
import cohost.engine.answer.Templates;
import cohost.engine.testing.ScriptedChatServer;
import cohost.knowledge.KnowledgeBase;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Time from the moment the model's first sentence is complete (the partial response that ends it reaches the
 * composer) to the moment its first word reaches a reply listener, i.e. what cutting and checking add; and the
 * same for the model's first token, to compare with a composer that forwards tokens unchecked. A scripted model
 * streams at about 50 tokens a second (4 characters every 20 ms) over loopback HTTP, read by langchain4j's OpenAI
 * client through the engine's port ({@link LangChain4jChatModel}).
 *
 * <p>Run: {@code java -cp ... cohost.connectors.llm.FirstWordBench [replies=200]} (BENCHMARKS.md, "LLM claim check").
 */
public final class FirstWordBench {

    public static void main(String[] args) throws Exception {
        int replies = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        KnowledgeBase kb = KnowledgeBase.demo();
        Templates templates = new Templates(kb);
        Facts facts = new Facts.Shipping("BR", kb.shippingTo("BR"));
        String first = facts instanceof Facts.Shipping s && !s.options().isEmpty()
                ? "Standard shipping takes " + s.options().getFirst().minDays() + " to " + s.options().getFirst().maxDays()
                + " business days. " : "Hello. ";
        String answer = first + "Anything else I can help with?";
        List<Double> afterSentence = Collections.synchronizedList(new ArrayList<>());
        List<Double> toRequest = Collections.synchronizedList(new ArrayList<>());
        try (var server = ScriptedChatServer.start(body -> answer).chunkChars(4).pause(Duration.ofMillis(20))) {
            StreamingChatModel real = OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("bench")
                    .modelName("bench").timeout(Duration.ofSeconds(30)).build();
            for (int i = 0; i < replies; i++) {
                long[] sentenceEnd = new long[1];
                long[] called = new long[1];
                StreamingChatModel timed = new StreamingChatModel() {
                    @Override
                    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
                        called[0] = System.nanoTime();
                        StringBuilder seen = new StringBuilder();
                        real.chat(request, new StreamingChatResponseHandler() {
                            @Override
                            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                                seen.append(partial.text());
                                if (sentenceEnd[0] == 0 && seen.length() > first.length() - 1) sentenceEnd[0] = System.nanoTime();
                                handler.onPartialResponse(partial, context);
                            }

                            @Override
                            public void onCompleteResponse(ChatResponse response) {
                                handler.onCompleteResponse(response);
                            }

                            @Override
                            public void onError(Throwable error) {
                                handler.onError(error);
                            }
                        });
                    }
                };
                CountDownLatch done = new CountDownLatch(1);
                long[] firstWord = new long[1];
                StreamingReply reply = new StreamingReply("r" + i, List.of("m"), "en", Intent.SHIPPING, System.nanoTime(),
                        r -> done.countDown());
                reply.subscribe(e -> {
                    if (e instanceof ReplyEvent.Delta d && firstWord[0] == 0 && !d.text().startsWith("@")) {
                        firstWord[0] = System.nanoTime();
                    }
                });
                long composing = System.nanoTime();
                new LlmComposer(new LangChain4jChatModel(timed), templates).compose(reply, facts, "en", List.of("Ana"), List.of(), "shipping?", "");
                if (!done.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("reply " + i + " did not end");
                if (!reply.result().join().text().contains(first.strip())) {
                    throw new IllegalStateException("the true sentence was rejected: " + reply.result().join().text());
                }
                if (i >= 10) { // the first 10 warm up
                    afterSentence.add((firstWord[0] - sentenceEnd[0]) / 1e6);
                    toRequest.add((called[0] - composing) / 1e6);
                }
            }
        }
        List<Double> sorted = new ArrayList<>(afterSentence);
        Collections.sort(sorted);
        System.out.printf("first delivered word after the model's first sentence ended: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d replies)%n",
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.getLast(), sorted.size());
        List<Double> calls = new ArrayList<>(toRequest);
        Collections.sort(calls);
        System.out.printf("compose() to the model's chat() called (prompt built, thread started): p50 %.3f ms, p99 %.3f ms (%d replies)%n",
                pct(calls, 0.50), pct(calls, 0.99), calls.size());
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
