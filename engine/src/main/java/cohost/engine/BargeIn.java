package cohost.engine;

import java.util.Collection;

/**
 * Who may interrupt a reply in flight: host &gt; moderator &gt; the viewer being answered &gt; other viewers. A new
 * message from the same asker supersedes their reply; another viewer's chat never cancels a reply meant for someone
 * else.
 */
public final class BargeIn {
    private BargeIn() {
    }

    /** Whether a new message from {@code from} cancels a reply that answers {@code answering}. */
    public static boolean interrupts(Speaker from, Collection<Speaker> answering) {
        return switch (from.role()) {
            case HOST, MODERATOR -> true;
            case VIEWER, CUSTOMER -> answering.stream().anyMatch(a -> a.role() == from.role() && a.id().equals(from.id()));
        };
    }

    /** The reason a cancelled reply reports when {@code from} interrupted it. */
    public static String reason(Speaker from) {
        return switch (from.role()) {
            case HOST -> "host_spoke";
            case MODERATOR -> "moderator_spoke";
            case VIEWER, CUSTOMER -> "superseded";
        };
    }
}
