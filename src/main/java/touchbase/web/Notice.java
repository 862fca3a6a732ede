package touchbase.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a page says after a redirect ({@code /?notice=booked}): only these codes, each with a fixed
 * text. The query string never supplies the words, so nobody can make Touchbase say what they like
 * (content spoofing); an unknown code shows nothing.
 */
public enum Notice {
    BOOKED("booked", "Booked. The invite is on its way to Google Calendar."),
    BOOKING("booking", "Booking. Touchbase is writing the invites to Google Calendar."),
    NOTHING_TO_BOOK("nothing-to-book", "Nothing was booked: no proposal could be placed."),
    ALREADY_BOOKED("already-booked", "That colleague already has a touch-base series."),
    GROUP_CREATED("group-created", "Group created. Plan and book its coffee when you are ready."),
    GROUP_ALREADY_BOOKED("group-already-booked", "That group already has a touch-base series."),
    ROUND_BOOKED("round-booked", "Coffee roulette booked: each pair gets its own invite for the next round."),
    ROUND_ALREADY_BOOKED("round-already-booked", "That roulette's round is booked already: its pairs are below."),
    PAIRINGS_CANCELLED("pairings-cancelled", "Coffee roulette cancelled. Google tells each pair."),
    ADDED("added", "Colleague added. Plan their touch-base when you are ready."),
    UPDATED("updated", "Colleague saved."),
    REPLANNED("replanned", "Colleague saved. Their new time zone or hours moved touch-bases that fell outside "
            + "their working hours; the Series page shows each one that moved."),
    REMOVED("removed", "Colleague removed. Any touch-bases with them were cancelled and Google told them."),
    PAUSED("paused", "Paused. Touchbase will not plan touch-bases with them until you resume."),
    RESUMED("resumed", "Resumed. They are back in the plan."),
    IMPORTED("imported", "Import finished. The report is below."),
    SKIPPED("skipped", "Skipped. Google tells your colleague that this touch-base is off."),
    JUST_MET("just-met", "Noted that you just met: the next touch-base is skipped, and Google tells your colleague."),
    RESCHEDULED("rescheduled", "Rescheduled from the next touch-base on. Google sends the new invite."),
    CADENCE_CHANGED("cadence-changed", "Cadence changed from the next touch-base on."),
    CANCELLED("cancelled", "Series cancelled. Google tells your colleague."),
    PREFERENCES_SAVED("preferences-saved", "Preferences saved. New plans follow them."),
    FEED_ROTATED("feed-rotated", "New feed address made. The old one no longer works; update your subscriptions."),
    FEED_SHARED("feed-shared", "Sharing address made. Anyone you give it to sees your touch-bases, never who attends."),
    FEED_SHARING_STOPPED("feed-sharing-stopped", "Sharing stopped. The sharing address no longer works."),
    FEED_PRIVACY_SAVED("feed-privacy-saved", "Saved. Calendars pick up the change at their next refresh."),
    RECHECKED("rechecked", "Checked with Google Calendar. Clashes and declines were moved where possible."),
    DISCONNECTED("disconnected", "Disconnected from Google Calendar. Touchbase's access was revoked at Google, "
            + "the stored tokens were deleted, and you were signed out on every device.");

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

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH);

    /**
     * The fixed text for a code; for {@link #JUST_MET} with the day skipped when {@code skipped} is an
     * ISO date ({@code 2026-12-08}), parsed and written again so the query never supplies words.
     */
    public static Optional<String> textOf(String code, String skipped) {
        if (!JUST_MET.code.equals(code) || skipped == null) {
            return textOf(code);
        }
        try {
            return Optional.of("Noted that you just met: the touch-base of "
                    + DAY.format(java.time.LocalDate.parse(skipped)) + " is skipped, and Google tells your colleague.");
        } catch (java.time.format.DateTimeParseException e) {
            return textOf(code);
        }
    }

    /** The fixed text for a code from the query string; nothing for a missing or unknown code. */
    public static Optional<String> textOf(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst().map(Notice::text);
    }
}
