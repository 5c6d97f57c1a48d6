package cohost.engine.room;

import java.time.Duration;

/**
 * The limits that keep a busy room readable and its memory bounded.
 *
 * @param dedupWindow         after a reply ends, the same question (any language) still joins it for this long
 * @param viewerBurst         messages a viewer may send at once before the rate limit applies
 * @param viewerInterval      then one more message per interval
 * @param answerBurst         new answers the room may start at once
 * @param answerInterval      then one more new answer per interval (the room reply-rate cap)
 * @param maxConcurrentReplies answers streaming at the same time, each in every language its askers asked in
 * @param queueCapacity       understood messages waiting for an answer; beyond it the least urgent is skipped
 * @param inboxCapacity       messages not yet looked at; beyond it new messages are skipped at once
 * @param maxWait             a waiting message older than this is skipped as rate_limited rather than answered late
 * @param maxTextLength       longer chat messages are spam
 * @param transcriptCapacity  turns the room transcript keeps (oldest dropped)
 */
public record RoomPolicy(Duration dedupWindow, int viewerBurst, Duration viewerInterval, int answerBurst,
                         Duration answerInterval, int maxConcurrentReplies, int queueCapacity, int inboxCapacity,
                         Duration maxWait, int maxTextLength, int transcriptCapacity) {

    public static final RoomPolicy DEFAULTS = new RoomPolicy(Duration.ofSeconds(15), 3, Duration.ofSeconds(4), 6,
            Duration.ofMillis(250), 6, 64, 2048, Duration.ofSeconds(20), 500, 2000);

    public RoomPolicy {
        if (viewerBurst < 1 || answerBurst < 1 || maxConcurrentReplies < 1 || queueCapacity < 1 || inboxCapacity < 1
                || transcriptCapacity < 1) {
            throw new IllegalArgumentException("room limits must be positive");
        }
    }
}
