package touchbase.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the welcome page may announce after a redirect, chosen by a fixed code in {@code ?notice=}:
 * the text is ours, so a link cannot make the page say anything else (no content spoofing).
 */
public enum Notice {

    /** The person disconnected on purpose (not "revoked or expired", which is Google's doing). */
    DISCONNECTED("disconnected", "Disconnected from Google Calendar. Touchbase's access was revoked at Google, "
            + "the stored tokens were deleted, and you were signed out on every device."),

    /** A new feed address replaced the old one, which stopped working at once. */
    FEED_ROTATED("feed-rotated", "A new feed address was made; the old one no longer works, so subscribe again "
            + "with the new one.");

    private final String code;
    private final String text;

    Notice(String code, String text) {
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** The notice with this code; empty for anything else (unknown codes are ignored, never shown). */
    static Optional<Notice> fromCode(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
