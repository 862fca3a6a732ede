package touchbase.upkeep;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a recheck of one account found and did. {@code fullSync} says the calendar was listed in full
 * (first run, or Google dropped the sync token); {@code eventsSynced} how many changed events came in.
 */
public record RecheckReport(String accountId, boolean fullSync, int eventsSynced, List<Item> items) {

    /** What was done about one occurrence or series. */
    public enum Action {
        /** A new clash or a decline: the occurrence moves to the nearest free slot in its week or month. */
        MOVED,
        /** A clash or decline with no free slot in its period: needs the person's attention. */
        FLAGGED,
        /** No free slot, and the recheck was set to skip such occurrences: it is cancelled. */
        SKIPPED,
        /** The colleague declined the whole series: needs the person's attention. */
        SERIES_DECLINED,
        /** The series or one occurrence was deleted directly in Google Calendar; Touchbase follows. */
        CANCELLED_IN_GOOGLE
    }

    /** One finding: the series, the occurrence (by its regular start) if it is about one, and why. */
    public record Item(String seriesId, String colleagueId, Optional<ZonedDateTime> occurrence, Action action,
            Optional<ZonedDateTime> newStart, String reason) {
        public Item {
            Objects.requireNonNull(seriesId, "seriesId must not be null");
            Objects.requireNonNull(colleagueId, "colleagueId must not be null");
            Objects.requireNonNull(occurrence, "occurrence must not be null");
            Objects.requireNonNull(action, "action must not be null");
            Objects.requireNonNull(newStart, "newStart must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    public RecheckReport {
        Objects.requireNonNull(accountId, "accountId must not be null");
        items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
    }

    public List<Item> items(Action action) {
        return items.stream().filter(item -> item.action() == action).toList();
    }
}
