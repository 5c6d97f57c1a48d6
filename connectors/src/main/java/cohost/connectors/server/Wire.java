package cohost.connectors.server;

import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.room.RoomEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The JSON shapes of DESIGN.md's public contracts, in one place: desk replies, transcripts, socket frames. */
final class Wire {
    static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    static ObjectNode error(String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        return body;
    }

    /** A socket frame {@code {"type": "error", ...}}. */
    static String errorFrame(String code, String message) {
        return JSON.createObjectNode().put("type", "error").put("code", code).put("message", message).toString();
    }

    /** The desk's {@code {"reply": {...}}}. */
    static ObjectNode reply(ReplyResult r) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode reply = body.putObject("reply");
        reply.put("id", r.replyId());
        reply.set("inReplyTo", strings(r.inReplyTo()));
        reply.put("text", r.text());
        reply.put("lang", r.lang());
        reply.put("intent", r.intent() == null ? null : r.intent().wireName());
        reply.set("sources", sources(r.sources()));
        reply.put("handoff", r.handoff());
        reply.put("hostText", r.hostText());
        reply.put("latencyMs", r.latencyMs());
        if (r.cancelled()) {
            reply.put("cancelled", true);
            reply.put("cancelReason", r.cancelReason());
        }
        return body;
    }

    /** One reply event, as a socket frame or the data of a server-sent event. */
    static ObjectNode replyEvent(ReplyEvent event) {
        ObjectNode f = JSON.createObjectNode();
        switch (event) {
            case ReplyEvent.Started s -> {
                f.put("type", "reply.started").put("replyId", s.replyId());
                f.set("inReplyTo", strings(s.inReplyTo()));
                f.put("lang", s.lang());
            }
            case ReplyEvent.Delta d -> f.put("type", "reply.delta").put("replyId", d.replyId()).put("text", d.text());
            case ReplyEvent.Done d -> {
                f.put("type", "reply.done").put("replyId", d.replyId()).put("text", d.text()).put("lang", d.lang());
                f.set("sources", sources(d.sources()));
                f.put("hostText", d.hostText());
            }
            case ReplyEvent.Cancelled c -> f.put("type", "reply.cancelled").put("replyId", c.replyId())
                    .put("reason", c.reason()).put("delivered", c.delivered());
        }
        return f;
    }

    /** A room event as a socket frame; {@code message} (the echo with language and gist) is an extension. */
    static ObjectNode roomEvent(RoomEvent event) {
        return switch (event) {
            case RoomEvent.Message m -> {
                ObjectNode f = JSON.createObjectNode().put("type", "message").put("id", m.messageId())
                        .put("role", m.speaker().role().wireName());
                f.set("viewer", speaker(m.speaker()));
                yield f.put("text", m.text()).put("lang", m.lang())
                        .put("intent", m.intent() == null ? null : m.intent().wireName()).put("gist", m.gist());
            }
            case RoomEvent.ReplyUpdate u -> {
                ObjectNode f = replyEvent(u.event());
                if (u.event() instanceof ReplyEvent.Started) {
                    f.put("intent", u.intent().wireName()).put("gist", u.gist());
                }
                yield f;
            }
            case RoomEvent.Joined j -> JSON.createObjectNode().put("type", "joined").put("inReplyTo", j.messageId())
                    .put("replyId", j.replyId()).put("gist", j.gist());
            case RoomEvent.Skipped s -> JSON.createObjectNode().put("type", "skipped").put("inReplyTo", s.messageId())
                    .put("reason", s.reason().wireName()).put("gist", s.gist());
        };
    }

    static ObjectNode transcript(String id, List<Turn> turns) {
        ObjectNode body = JSON.createObjectNode().put("id", id);
        ArrayNode list = body.putArray("turns");
        for (Turn t : turns) {
            ObjectNode n = list.addObject().put("id", t.id())
                    .put("role", t.speaker() == null || t.speaker().role() == null ? "cohost" : t.speaker().role().wireName());
            if (t.speaker() != null) {
                n.set("speaker", speaker(t.speaker()));
            }
            n.put("text", t.text()).put("lang", t.lang())
                    .put("intent", t.intent() == null ? null : t.intent().wireName());
            n.set("sources", sources(t.sources() == null ? List.of() : t.sources()));
            n.put("status", t.status()).put("detail", t.detail()).put("at", String.valueOf(t.at()));
        }
        return body;
    }

    private static ObjectNode speaker(Speaker s) {
        ObjectNode n = JSON.createObjectNode().put("id", s.id());
        if (s.name() != null) {
            n.put("name", s.name());
        }
        if (s.lang() != null) {
            n.put("lang", s.lang());
        }
        if (s.country() != null) {
            n.put("country", s.country());
        }
        return n;
    }

    private static ArrayNode sources(List<Source> sources) {
        ArrayNode a = JSON.createArrayNode();
        sources.forEach(s -> a.addObject().put("kind", s.kind()).put("id", s.id()));
        return a;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}
