package cohost.engine.room;

import java.util.regex.Pattern;

/** Cheap checks that need no understanding: what a live room never answers whatever it means. */
final class Spam {
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\b[a-z0-9-]+\\.(com|net|ru|xyz|top|io|cn)\\b)");
    /** The same character ten times in a row ("!!!!!!!!!!", "aaaaaaaaaa"). */
    private static final Pattern CHAR_FLOOD = Pattern.compile("(.)\\1{9,}");

    private Spam() {
    }

    static boolean isSpam(String text, int maxLength) {
        String t = text.strip();
        // emoji or punctuation alone ("👍", "??") is a backchannel, skipped as chatter rather than spam
        return t.isEmpty() || t.length() > maxLength || LINK.matcher(t).find() || CHAR_FLOOD.matcher(t).find();
    }
}
