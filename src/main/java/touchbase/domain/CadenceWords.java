package touchbase.domain;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** A {@link Cadence} in people's words: parsed from a CSV cell, described in a sentence. */
final class CadenceWords {

    static final String WORDS = "weekly, biweekly, fortnightly, every two weeks, monthly, bimonthly, "
            + "every two months, quarterly";

    private static final Map<String, Cadence.Kind> KINDS = Map.ofEntries(
            Map.entry("weekly", Cadence.Kind.WEEKLY),
            Map.entry("every week", Cadence.Kind.WEEKLY),
            Map.entry("biweekly", Cadence.Kind.EVERY_TWO_WEEKS),
            Map.entry("bi-weekly", Cadence.Kind.EVERY_TWO_WEEKS),
            Map.entry("fortnightly", Cadence.Kind.EVERY_TWO_WEEKS),
            Map.entry("every two weeks", Cadence.Kind.EVERY_TWO_WEEKS),
            Map.entry("every 2 weeks", Cadence.Kind.EVERY_TWO_WEEKS),
            Map.entry("monthly", Cadence.Kind.MONTHLY),
            Map.entry("every month", Cadence.Kind.MONTHLY),
            Map.entry("bimonthly", Cadence.Kind.EVERY_TWO_MONTHS),
            Map.entry("bi-monthly", Cadence.Kind.EVERY_TWO_MONTHS),
            Map.entry("every two months", Cadence.Kind.EVERY_TWO_MONTHS),
            Map.entry("every 2 months", Cadence.Kind.EVERY_TWO_MONTHS),
            Map.entry("quarterly", Cadence.Kind.QUARTERLY),
            Map.entry("every quarter", Cadence.Kind.QUARTERLY),
            Map.entry("every three months", Cadence.Kind.QUARTERLY),
            Map.entry("every 3 months", Cadence.Kind.QUARTERLY));

    private static final String[] ORDINALS = {"last", "", "first", "second", "third", "fourth"};

    private CadenceWords() {
    }

    static Cadence parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cadence is empty; use one of: " + WORDS);
        }
        String words = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (words.startsWith("freq=") || words.startsWith("rrule:")) {
            return Cadence.parseRRule(text);
        }
        Cadence.Kind kind = KINDS.get(words);
        if (kind == null) {
            throw new IllegalArgumentException("cannot read the cadence '" + text + "'; use one of: " + WORDS
                    + " (or an RRULE such as FREQ=MONTHLY;BYDAY=2TU)");
        }
        return Cadence.of(kind);
    }

    static String describe(Cadence cadence) {
        String kind = cadence.kind().words();
        if (cadence.day().isEmpty()) {
            return kind;
        }
        String day = cadence.day().get().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (!cadence.kind().isMonthly()) {
            return kind + " on " + day;
        }
        return kind + " on the " + ORDINALS[cadence.nth() + 1] + " " + day;
    }
}
