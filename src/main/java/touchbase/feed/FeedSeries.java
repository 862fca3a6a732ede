package touchbase.feed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.domain.Colleague;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;

/** One series as the feed writes it: the series, its skipped and moved occurrences, and the colleague. */
public record FeedSeries(TouchBase series, List<OccurrenceChange> changes, Optional<Colleague> colleague) {

    public FeedSeries {
        Objects.requireNonNull(series, "series must not be null");
        changes = List.copyOf(changes);
        Objects.requireNonNull(colleague, "colleague must not be null");
    }
}
