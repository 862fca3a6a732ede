package touchbase.booking;

import java.util.List;
import java.util.Objects;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/** What booking a colleague came to; each is an expected outcome, not an error. */
public sealed interface BookingResult {

    String colleagueId();

    /**
     * The series is stored as pending with its write to Google queued, and the occurrences the
     * planner moved or skipped are queued as instance changes.
     */
    record Booked(TouchBase series, List<OccurrenceChange> changes) implements BookingResult {
        public Booked {
            Objects.requireNonNull(series, "series must not be null");
            changes = List.copyOf(Objects.requireNonNull(changes, "changes must not be null"));
        }

        @Override
        public String colleagueId() {
            return series.colleagueId();
        }
    }

    /** Nothing was booked; the reason says why in words (from the planner, or "paused"). */
    record NotPlaced(String colleagueId, String reason) implements BookingResult {
        public NotPlaced {
            Objects.requireNonNull(colleagueId, "colleagueId must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** The colleague already has a live series; nothing new was booked. */
    record AlreadyBooked(TouchBase series) implements BookingResult {
        public AlreadyBooked {
            Objects.requireNonNull(series, "series must not be null");
        }

        @Override
        public String colleagueId() {
            return series.colleagueId();
        }
    }
}
