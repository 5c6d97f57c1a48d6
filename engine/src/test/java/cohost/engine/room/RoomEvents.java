package cohost.engine.room;

import cohost.engine.ReplyEvent;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records what a room emits and waits for outcomes (waits are bounded; nothing asserts on speed). */
final class RoomEvents implements Consumer<RoomEvent> {
    final List<RoomEvent> all = new CopyOnWriteArrayList<>();

    @Override
    public void accept(RoomEvent event) {
        all.add(event);
    }

    /** "reply r1", "joined r1" or "skipped spam", once the message has its outcome. */
    String outcome(String messageId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<String> found = find(messageId);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("no outcome for " + messageId + " in " + all);
    }

    /** Waits until the room has shown the message (its echo): what a console can pick. */
    void seen(String messageId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (all.stream().anyMatch(e -> e instanceof RoomEvent.Message m && messageId.equals(m.messageId()))) return;
            sleep();
        }
        throw new AssertionError("no echo of " + messageId + " in " + all);
    }

    /** The message's outcome if it has one already. */
    Optional<String> find(String messageId) {
        for (RoomEvent e : all) {
            switch (e) {
                case RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g) when s.inReplyTo().contains(messageId) -> {
                    return Optional.of("reply " + s.replyId());
                }
                case RoomEvent.Joined j when j.messageId().equals(messageId) -> {
                    return Optional.of("joined " + j.replyId());
                }
                case RoomEvent.Skipped s when s.messageId().equals(messageId) -> {
                    return Optional.of("skipped " + s.reason().wireName());
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** How many outcomes the message got (must be exactly one). */
    long outcomeCount(String messageId) {
        return all.stream().filter(e -> switch (e) {
            case RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g) -> s.inReplyTo().contains(messageId);
            case RoomEvent.Joined j -> j.messageId().equals(messageId);
            case RoomEvent.Skipped s -> s.messageId().equals(messageId);
            default -> false;
        }).count();
    }

    /** The Started event of a reply as the room's listener got it (with the room's latency figures). */
    ReplyEvent.Started started(String replyId) {
        return all.stream().filter(e -> e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g)
                        && s.replyId().equals(replyId))
                .map(e -> (ReplyEvent.Started) ((RoomEvent.ReplyUpdate) e).event()).findFirst()
                .orElseThrow(() -> new AssertionError("no reply.started for " + replyId + " in " + all));
    }

    Optional<ReplyEvent.Cancelled> cancelled(String replyId) {
        return all.stream().filter(e -> e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Cancelled c, var i, var g)
                        && c.replyId().equals(replyId))
                .map(e -> (ReplyEvent.Cancelled) ((RoomEvent.ReplyUpdate) e).event()).findFirst();
    }

    /** The reply's cancellation, once it comes (within a bounded wait). */
    Optional<ReplyEvent.Cancelled> cancelledWithin(String replyId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<ReplyEvent.Cancelled> c = cancelled(replyId);
            if (c.isPresent()) return c;
            sleep();
        }
        return Optional.empty();
    }

    static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
