package touchbase.web;

import touchbase.domain.Cadence;

/** A cadence typed by a person ("monthly", "every two weeks") or given as an RRULE. */
public final class CadenceInput {

    private CadenceInput() {
    }

    public static Cadence parse(String field, String text) {
        try {
            return text.toUpperCase(java.util.Locale.ROOT).contains("FREQ=") ? Cadence.parseRRule(text) : Cadence.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(field, field + ": " + e.getMessage());
        }
    }
}
