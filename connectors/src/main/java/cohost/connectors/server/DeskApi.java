package cohost.connectors.server;

import cohost.connectors.speech.Wav;
import cohost.engine.Cohost;
import cohost.engine.Reply;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.speech.AudioException;
import cohost.engine.speech.SpeechRecognizer;
import cohost.wire.DeskAnswer;
import cohost.wire.DeskMessage;
import cohost.wire.EngineToWire;
import cohost.wire.Person;
import cohost.wire.ServerFrame;
import cohost.wire.Sse;
import cohost.wire.WireJson;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The desk endpoints: post a message and get the reply as JSON or server-sent events; read a transcript. */
final class DeskApi {
    private static final Logger log = LoggerFactory.getLogger(DeskApi.class);
    private static final long REPLY_TIMEOUT_SECONDS = 120;
    /** How often a quiet event stream is probed with an SSE comment, so a hang-up is noticed within about this. */
    private static final long HEARTBEAT_MILLIS = 500;
    private static final byte[] HEARTBEAT = ":\n\n".getBytes(StandardCharsets.UTF_8);

    private final Map<String, Cohost> stores;
    private final SpeechRecognizer speech;
    private final Metrics metrics;
    private final int maxTextLength;

    DeskApi(Map<String, Cohost> stores, SpeechRecognizer speech, Metrics metrics, int maxTextLength) {
        this.stores = stores;
        this.speech = speech;
        this.metrics = metrics;
        this.maxTextLength = maxTextLength;
    }

    /** {@code POST /v1/conversations/{conversationId}/messages} */
    void post(Context ctx, String store) throws IOException {
        String conversationId = Validate.id(ctx.pathParam("conversationId"), "conversation id");
        // The raw header: the servlet's parsed one throws on an unknown charset.
        String contentType = ctx.header("Content-Type");
        if (contentType != null && isWav(contentType)) {
            postWav(ctx, store, conversationId);
            return;
        }
        Validate.jsonContentType(contentType);
        String body = Validate.utf8(ctx.bodyAsBytes());
        DeskMessage message = Validate.wire(() -> WireJson.readDeskMessage(body));
        // Characters as people count them: an emoji is one, not two UTF-16 units.
        int length = message.text().codePointCount(0, message.text().length());
        if (length > maxTextLength) {
            throw new ApiError(413, "text is " + length + " characters; at most " + maxTextLength);
        }
        Person customer = message.customer() == null ? new Person(null, null, null, null) : message.customer();
        String lang = message.lang() != null ? message.lang() : customer.lang();
        Utterance utterance = new Utterance(message.id() == null ? "d-" + UUID.randomUUID() : message.id(),
                Speaker.customer(customer.id() == null ? conversationId : customer.id(), customer.name(), lang,
                        customer.country()), message.text(), false, Instant.now());
        Reply reply = stores.get(store).ask(conversationId, utterance, message.showing());
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/event-stream")) {
            stream(ctx, reply);
        } else {
            json(ctx, new DeskAnswer(EngineToWire.reply(await(reply))));
        }
    }

    /**
     * A voice message: the body is a WAV file; {@code ?lang=&customerId=&name=&country=} say who speaks. Answers
     * with the transcript beside the usual reply: {@code {"transcript": "...", "reply": {...}}}.
     */
    private void postWav(Context ctx, String store, String conversationId) {
        if (!speech.available()) {
            throw new ApiError(415, "speech is not available on this server (start it with --vosk-model); "
                    + "send the message as application/json");
        }
        String lang = Validate.lang(ctx.queryParam("lang"), "query ");
        String transcript;
        try {
            Wav audio = Wav.parse(ctx.bodyAsBytes());
            transcript = speech.transcribe(audio.samples(), audio.sampleRate(), lang);
        } catch (AudioException e) {
            throw new ApiError(400, e.code(), e.getMessage());
        }
        if (transcript.isEmpty()) {
            throw new ApiError(400, "no_speech", "no words were heard in the audio");
        }
        String customerId = ctx.queryParam("customerId");
        Speaker customer = Speaker.customer(customerId == null ? conversationId : customerId, ctx.queryParam("name"),
                lang, Validate.country(ctx.queryParam("country"), "query "));
        Utterance utterance = new Utterance("d-" + UUID.randomUUID(), customer, transcript, true, Instant.now());
        json(ctx, new DeskAnswer(transcript, EngineToWire.reply(await(stores.get(store).ask(conversationId, utterance)))));
    }

    private static boolean isWav(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("audio/wav") || type.startsWith("audio/x-wav") || type.startsWith("audio/wave");
    }

    /** {@code GET /v1/conversations/{conversationId}} */
    void transcript(Context ctx, String store) {
        String conversationId = Validate.id(ctx.pathParam("conversationId"), "conversation id");
        var turns = stores.get(store).transcript(conversationId)
                .orElseThrow(() -> new ApiError(404, "no conversation '" + conversationId + "' in this store"));
        json(ctx, EngineToWire.transcript(conversationId, turns));
    }

    private ReplyResult await(Reply reply) {
        try {
            ReplyResult r = reply.result().get(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            recorded(r);
            return r;
        } catch (TimeoutException e) {
            reply.cancel("timeout");
            throw new ApiError(504, "no reply within " + REPLY_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            reply.cancel("server_stopping");
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        } catch (ExecutionException e) {
            throw new IllegalStateException("reply " + reply.id() + " failed", e.getCause());
        }
    }

    /** Writes the reply as server-sent events as they happen; a client that hangs up cancels the reply. */
    private void stream(Context ctx, Reply reply) throws IOException {
        BlockingQueue<ReplyEvent> events = new LinkedBlockingQueue<>();
        reply.subscribe(events::add);
        ctx.status(200);
        ctx.res().setContentType("text/event-stream;charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        OutputStream out = ctx.res().getOutputStream();
        long quietSince = System.nanoTime();
        try {
            while (true) {
                ReplyEvent event = events.poll(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
                if (event == null) {
                    // Nothing to send: a comment line tells whether the client is still there (a hang-up is only
                    // seen on a write), so a client that left cancels the reply, and the model's stream, at once.
                    out.write(HEARTBEAT);
                    out.flush();
                    if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(REPLY_TIMEOUT_SECONDS)) {
                        reply.cancel("timeout");
                    }
                    continue;
                }
                quietSince = System.nanoTime();
                boolean last = event instanceof ReplyEvent.Done || event instanceof ReplyEvent.Cancelled;
                ServerFrame.Reply frame;
                if (last) {
                    ReplyResult r = reply.result().join();
                    recorded(r);
                    frame = EngineToWire.end(r);
                } else {
                    frame = EngineToWire.frame(event);
                }
                out.write(Sse.event(frame).getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (last) {
                    return;
                }
            }
        } catch (IOException e) {
            reply.cancel("client_gone");
            log.info("event=desk.client_gone reply={}", reply.id());
        } catch (InterruptedException e) {
            reply.cancel("server_stopping");
            Thread.currentThread().interrupt();
        }
    }

    private void recorded(ReplyResult r) {
        metrics.turnLatency("desk", r.latencyMs());
        metrics.reply("desk", r.cancelled() ? "cancelled" : "done");
        if (r.cancelled()) {
            metrics.cancellation(r.cancelReason());
        }
        log.info("event=desk.reply reply={} intent={} lang={} latencyMs={} cancelled={}", r.replyId(),
                r.intent() == null ? null : r.intent().wireName(), r.lang(), r.latencyMs(), r.cancelled());
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(WireJson.write(body));
    }
}
