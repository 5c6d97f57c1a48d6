package cohost.wire;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.room.RoomEvent;
import cohost.knowledge.Money;
import cohost.knowledge.Product;
import cohost.knowledge.Variant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one mapping from the engine's events and results to wire records: the server, the in-process eval target and
 * the tests all see the engine through it, so a reply looks the same whichever way it travels.
 */
public final class EngineToWire {
    private EngineToWire() {
    }

    /** A room event as a live-room frame. */
    public static ServerFrame frame(RoomEvent event) {
        return switch (event) {
            case RoomEvent.Message m -> new ServerFrame.Message(m.messageId(), m.speaker().role().wireName(),
                    person(m.speaker()), m.text(), m.lang(), name(m.intent()), m.gist());
            case RoomEvent.ReplyUpdate u -> switch (u.event()) {
                case ReplyEvent.Started s -> new ServerFrame.ReplyStarted(s.replyId(), s.inReplyTo(), s.lang(),
                        name(u.intent()), u.gist(), true);
                case ReplyEvent.Done d -> new ServerFrame.ReplyDone(d.replyId(), d.text(), d.lang(), d.sources(),
                        d.hostText(), name(u.intent()), null, null);
                default -> frame(u.event());
            };
            case RoomEvent.Joined j -> new ServerFrame.Joined(j.messageId(), j.replyId(), j.gist());
            case RoomEvent.Skipped s -> new ServerFrame.Skipped(s.messageId(), s.reason().wireName(), s.gist());
            case RoomEvent.AiReminder r -> new ServerFrame.Notice("ai_disclosure", r.text().in(r.text().fallbackLang()),
                    new java.util.TreeMap<>(r.text().texts()), true);
        };
    }

    /** A reply event as a frame (the desk's server-sent events); the desk's last one is {@link #end}. */
    public static ServerFrame.Reply frame(ReplyEvent event) {
        return switch (event) {
            case ReplyEvent.Started s -> new ServerFrame.ReplyStarted(s.replyId(), s.inReplyTo(), s.lang(), null,
                    null, true);
            case ReplyEvent.Delta d -> new ServerFrame.ReplyDelta(d.replyId(), d.text());
            case ReplyEvent.Done d -> new ServerFrame.ReplyDone(d.replyId(), d.text(), d.lang(), d.sources(),
                    d.hostText(), null, null, null);
            case ReplyEvent.Cancelled c -> new ServerFrame.ReplyCancelled(c.replyId(), c.reason(), c.delivered(),
                    null, null, null);
        };
    }

    /** A desk reply's last event, from its result: done or cancelled, with intent, handoff and latency. */
    public static ServerFrame.Reply end(ReplyResult r) {
        return r.cancelled()
                ? new ServerFrame.ReplyCancelled(r.replyId(), r.cancelReason(), r.text(), name(r.intent()),
                r.handoff(), r.latencyMs())
                : new ServerFrame.ReplyDone(r.replyId(), r.text(), r.lang(), r.sources(), r.hostText(),
                name(r.intent()), r.handoff(), r.latencyMs());
    }

    /** A desk reply as the JSON answer carries it. */
    public static DeskReply reply(ReplyResult r) {
        return new DeskReply(r.replyId(), r.inReplyTo(), r.text(), r.lang(), name(r.intent()), r.sources(),
                r.handoff(), r.hostText(), r.latencyMs(), true, r.cancelled() ? true : null,
                r.cancelled() ? r.cancelReason() : null);
    }

    /**
     * A transcript as the wire shows it. A message the operator had answered again ("answer now") has a turn per
     * outcome; it is listed once, where it first appears, as its latest turn says (outcome, and the language and
     * intent it was last understood with), the outcomes before in {@code earlier}: as the console's feed shows it.
     * A held message's turn (waiting while the host spoke) is no outcome: the message's outcome replaces it.
     */
    public static Transcript transcript(String id, List<Turn> turns) {
        Map<String, Turn> latest = new HashMap<>();
        Map<String, List<Transcript.Outcome>> earlier = new HashMap<>();
        for (Turn t : turns) {
            if (isMessage(t)) {
                Turn before = latest.put(t.id(), t);
                if (before != null && before.status() != Turn.Status.HELD) {
                    earlier.computeIfAbsent(t.id(), k -> new ArrayList<>())
                            .add(new Transcript.Outcome(before.status().wireName(), before.detail()));
                }
            }
        }
        List<Transcript.Turn> listed = new ArrayList<>(turns.size());
        Set<String> messages = new HashSet<>();
        for (Turn t : turns) {
            if (!isMessage(t)) {
                listed.add(turn(t, List.of()));
            } else if (messages.add(t.id())) {
                listed.add(turn(latest.get(t.id()), earlier.getOrDefault(t.id(), List.of())));
            }
        }
        return new Transcript(id, listed);
    }

    private static boolean isMessage(Turn t) {
        return t.speaker() != null && t.speaker().role() != null;
    }

    private static Transcript.Turn turn(Turn t, List<Transcript.Outcome> earlier) {
        return new Transcript.Turn(t.id(),
                t.speaker() == null || t.speaker().role() == null ? "cohost" : t.speaker().role().wireName(),
                t.speaker() == null ? null : person(t.speaker()), t.text(), t.lang(),
                name(t.intent()), t.sources(), t.status().wireName(), t.detail(), String.valueOf(t.at()), earlier,
                isMessage(t) ? t.forHost() : null, isMessage(t) ? null : t.forHost());
    }

    /** A speaker as the wire names them: the host is {@code {"id": "host"}}, the co-host {@code {"id": "cohost"}}. */
    public static Person person(Speaker s) {
        return new Person(s.id(), s.name(), s.lang(), s.country());
    }

    private static String name(Intent intent) {
        return intent == null ? null : intent.wireName();
    }

    /**
     * A product as a card, its title in {@code lang}: the price range over the product's price and its variants'
     * own prices (in the product's currency), and its stock summed over the variants. Stock is counted only where the
     * KB tracks it: a variant without a stock figure is on sale, uncounted ({@code not_tracked}).
     */
    public static ProductCard card(Product p, String lang) {
        String currency = p.price().currency();
        List<BigDecimal> prices = new ArrayList<>();
        if (p.variants().isEmpty()) {
            prices.add(p.price().amount());
        }
        List<ProductCard.VariantLine> lines = new ArrayList<>();
        for (Variant v : p.variants()) {
            Money price = v.priceOr(p.price());
            if (price.currency().equals(currency)) {
                prices.add(price.amount());
            }
            String options = new TreeMap<>(v.options()).entrySet().stream()
                    .map(o -> o.getKey() + ": " + o.getValue()).collect(Collectors.joining(", "));
            lines.add(new ProductCard.VariantLine(v.sku(), options, price.amount(), stock(List.of(v))));
        }
        BigDecimal min = prices.stream().min(BigDecimal::compareTo).orElse(p.price().amount());
        BigDecimal max = prices.stream().max(BigDecimal::compareTo).orElse(p.price().amount());
        return new ProductCard(p.sku(), p.title().in(lang), p.brand(), new ProductCard.Price(min, max, currency),
                stock(p.variants()), lines);
    }

    private static ProductCard.Stock stock(List<Variant> variants) {
        List<Variant> tracked = variants.stream().filter(v -> v.stock() != null).toList();
        Integer units = tracked.isEmpty() ? null : tracked.stream().mapToInt(v -> Math.max(0, v.stock())).sum();
        String state;
        if (units != null && units > 0) {
            state = "in_stock";
        } else if (tracked.size() < variants.size() || variants.isEmpty()) {
            state = "not_tracked";
        } else if (variants.stream().anyMatch(Variant::backorder)) {
            state = "backorder";
        } else {
            state = "out_of_stock";
        }
        return new ProductCard.Stock(state, units);
    }
}
