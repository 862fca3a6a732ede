package touchbase.upkeep;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import touchbase.booking.CalendarWrite;
import touchbase.booking.Occurrence;
import touchbase.booking.OutboxEntries;
import touchbase.booking.Proposals;
import touchbase.domain.AccountSettings;
import touchbase.domain.Colleague;
import touchbase.domain.Interval;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.TouchBase;
import touchbase.planning.FreeSlotFinder;

/**
 * How a recheck repairs an upcoming occurrence: it decides an {@link Outcome} for a {@link Finding}
 * (a clash or a first decline moves to the nearest free start in the occurrence's week or month; a
 * decline of a time already moved to is flagged; with no free start it is flagged, or skipped), and
 * turns the outcome into occurrence changes, outbox writes and report items.
 */
final class Repairs {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final String accountId;
    private final Lookahead ahead;
    private final FreeSlotFinder finder;
    private final Duration buffer;
    private final Instant now;
    private final AccountSettings account;

    Repairs(String accountId, AccountSettings account, Lookahead ahead, Instant now) {
        this.accountId = accountId;
        this.account = account;
        this.ahead = ahead;
        this.finder = new FreeSlotFinder(Proposals.rules(account), account.workingHours(), now);
        this.buffer = Duration.ofMinutes(account.bufferMinutes());
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /** How close a meeting may come to a touch-base before it clashes. */
    Duration buffer() {
        return buffer;
    }

    /** Whether the occurrence now breaks the account's working hours or caps, counting the touch-bases around it. */
    Optional<Finding> againstYourSettings(Occurrence occurrence) {
        return finder.broken(occurrence.interval(), ahead.heldOtherThan(occurrence))
                .map(broken -> new Finding.AgainstYourSettings(switch (broken) {
                    case OUTSIDE_YOUR_HOURS -> "outside your working hours";
                    case DAY_FULL -> "over your daily cap of " + account.maxPerDay() + " touch-bases";
                    case WEEK_FULL -> "over your weekly cap of " + account.maxPerWeek() + " touch-bases";
                }));
    }

    Outcome decide(TouchBase series, Occurrence occurrence, Colleague colleague, Finding finding,
            boolean skipWhenNoSlot) {
        Optional<Outcome> settled = settledWithoutMove(finding);
        if (settled.isPresent()) {
            return settled.get();
        }
        Optional<ZonedDateTime> target = finder.nearest(occurrence.originalStart(), occurrence.interval(),
                series.rule().cadence().kind(), colleague, ahead.busyFor(occurrence, colleague, finding),
                ahead.heldOtherThan(occurrence));
        return movedOrNot(series, finding, target, skipWhenNoSlot);
    }

    /**
     * As {@link #decide} for a group's occurrence: some members cannot come but the quorum can
     * ({@link Finding.CannotCome}): flagged where it is; else it moves to the nearest start free for
     * the account and for at least the quorum of members, or is flagged (or skipped) when none is.
     */
    Outcome decideGroup(TouchBase series, Occurrence occurrence, Lookahead.Members members, Finding finding,
            boolean skipWhenNoSlot) {
        if (finding instanceof Finding.CannotCome) {
            return new Outcome.Flagged(finding.reason());
        }
        Optional<Outcome> settled = settledWithoutMove(finding);
        if (settled.isPresent()) {
            return settled.get();
        }
        Optional<ZonedDateTime> target = finder.nearestForGroup(occurrence.originalStart(), occurrence.interval(),
                series.rule().cadence().kind(), ahead.busyOfMembers(members), members.quorum(),
                ahead.yourBusyFor(occurrence, finding), ahead.heldOtherThan(occurrence));
        return movedOrNot(series, finding, target, skipWhenNoSlot);
    }

    private static Optional<Outcome> settledWithoutMove(Finding finding) {
        if (finding instanceof Finding.DeclinedAgain || finding instanceof Finding.PairDeclined) {
            return Optional.of(new Outcome.Flagged(finding.reason()));
        }
        if (!(finding instanceof Finding.Clash || finding instanceof Finding.Declined
                || finding instanceof Finding.OutsideHours || finding instanceof Finding.AgainstYourSettings)) {
            return Optional.of(new Outcome.Left(finding));
        }
        return Optional.empty();
    }

    private static Outcome movedOrNot(TouchBase series, Finding finding, Optional<ZonedDateTime> target,
            boolean skipWhenNoSlot) {
        if (target.isPresent()) {
            return new Outcome.Moved(target.get(), finding.reason() + "; moved to " + WHEN.format(target.get()));
        }
        String noSlot = finding.reason() + "; no free slot that " + series.rule().period();
        return skipWhenNoSlot ? new Outcome.Skipped(noSlot) : new Outcome.Flagged(noSlot);
    }

    OfSeries of(TouchBase series) {
        return new OfSeries(series);
    }

    /** The outcomes for one series, gathered to be stored at once. */
    final class OfSeries {

        private final TouchBase series;
        private final List<OccurrenceChange> changes = new ArrayList<>();
        private final List<CalendarWrite> writes = new ArrayList<>();
        private final List<RecheckReport.Item> items = new ArrayList<>();

        private OfSeries(TouchBase series) {
            this.series = series;
        }

        void apply(Occurrence occurrence, Outcome outcome) {
            ZonedDateTime original = occurrence.originalStart();
            if (outcome instanceof Outcome.Moved moved) {
                changes.add(OccurrenceChange.moved(series.id(), original, moved.to(), moved.reason()));
                writes.add(OutboxEntries.move(accountId, series.id(), original, moved.to(), now));
                ahead.moved(occurrence, Interval.of(moved.to().toInstant(), occurrence.duration()));
                items.add(item(occurrence, RecheckReport.Action.MOVED, Optional.of(moved.to()), moved.reason()));
            } else if (outcome instanceof Outcome.Skipped skipped) {
                changes.add(OccurrenceChange.skipped(series.id(), original, skipped.reason()));
                writes.add(OutboxEntries.cancel(accountId, series.id(), original, now));
                ahead.skipped(occurrence);
                items.add(item(occurrence, RecheckReport.Action.SKIPPED, Optional.empty(), skipped.reason()));
            } else if (outcome instanceof Outcome.Flagged flagged) {
                items.add(item(occurrence, RecheckReport.Action.FLAGGED, Optional.empty(), flagged.reason()));
            }
        }

        List<OccurrenceChange> changes() {
            return changes;
        }

        List<CalendarWrite> writes() {
            return writes;
        }

        List<RecheckReport.Item> items() {
            return items;
        }

        private RecheckReport.Item item(Occurrence occurrence, RecheckReport.Action action,
                Optional<ZonedDateTime> newStart, String reason) {
            return new RecheckReport.Item(series.id(), series.colleagueId(), Optional.of(occurrence.originalStart()),
                    action, newStart, reason);
        }
    }
}
