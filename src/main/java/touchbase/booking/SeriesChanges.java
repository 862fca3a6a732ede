package touchbase.booking;

import touchbase.account.SettingsLookup;
import touchbase.domain.Conflict;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import touchbase.domain.Cadence;
import touchbase.domain.OccurrenceChange;
import touchbase.domain.SeriesRule;
import touchbase.domain.TouchBase;

/**
 * Changes to a booked series, decided and queued like a booking (the {@link OutboxWorker} carries
 * them to Google): skip one occurrence, reschedule "this and following" (Google's recipe: end the
 * old series with an UNTIL before the first occurrence being replaced, then insert a new series),
 * change the cadence, cancel.
 */
public final class SeriesChanges {

    private static final long LOOK_AHEAD_YEARS = 2;

    private final TouchBases touchBases;
    private final SettingsLookup settings;
    private final Clock clock;
    private final Runnable wakeWorker;

    public SeriesChanges(TouchBases touchBases, SettingsLookup settings, Clock clock, Runnable wakeWorker) {
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.wakeWorker = Objects.requireNonNull(wakeWorker, "wakeWorker must not be null");
    }

    /**
     * Skips the occurrence on {@code date} (in the series' zone; a moved occurrence is found on either
     * its regular or its new date). Skipping one that is already skipped changes nothing.
     *
     * @throws NotFound for an unknown series
     * @throws Conflict when the series is no longer active
     * @throws InvalidInput ({@code date}) when no upcoming occurrence falls on that date
     */
    public OccurrenceChange skip(String accountId, String seriesId, LocalDate date) {
        TouchBase series = active(accountId, seriesId);
        Instant now = clock.instant();
        var zone = series.firstStart().getZone();
        Instant from = date.minusDays(1).atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(2).atStartOfDay(zone).toInstant();
        List<Occurrence> around = SeriesOccurrences.between(series, touchBases.changes(accountId, seriesId), from, to);
        Optional<Occurrence> found = around.stream()
                .filter(o -> o.start().toLocalDate().equals(date)).findFirst()
                .or(() -> around.stream().filter(o -> o.originalStart().toLocalDate().equals(date)).findFirst());
        if (found.isEmpty()) {
            throw new InvalidInput("date", "the series has no touch-base on " + date + "; it meets "
                    + series.rule().describe());
        }
        Occurrence occurrence = found.get();
        if (!occurrence.isHeld()) {
            return occurrence.change().orElseThrow();
        }
        if (!occurrence.start().toInstant().isAfter(now)) {
            throw new InvalidInput("date", "the touch-base on " + date + " has already started");
        }
        OccurrenceChange skipped = OccurrenceChange.skipped(seriesId, occurrence.originalStart(), "skipped by you");
        TouchBase touched = series.withStatus(series.status(), series.statusReason(), now);
        touchBases.save(touched, List.of(skipped),
                List.of(OutboxEntries.cancel(accountId, seriesId, occurrence.originalStart(), now)));
        wakeWorker.run();
        return skipped;
    }

    /**
     * "This and following": the occurrences from the next one on are replaced by a new series starting
     * at {@code newStart}, on {@code rrule} or the old cadence pinned to that day. The old series ends
     * (its rule gets an UNTIL, or it is deleted if it never began) and the new one replaces it.
     *
     * @return the new series (pending)
     * @throws InvalidInput ({@code start}, {@code rrule}) for a start in the past, on the wrong day, or a bad rule
     */
    public TouchBase reschedule(String accountId, String seriesId, ZonedDateTime newStart, Optional<String> rrule) {
        TouchBase old = active(accountId, seriesId);
        SeriesRule oldRule = old.rule();
        Cadence cadence = rrule.filter(text -> !text.isBlank()).map(text -> parse(text, "rrule"))
                .orElse(oldRule.cadence().open());
        return replace(old, oldRule, newStart, cadence);
    }

    /**
     * A new cadence from the next occurrence on: the new series starts on the first day of the new rule
     * on or after the next occurrence's date, at the same time.
     *
     * @throws InvalidInput ({@code cadence}) for words or a rule that do not parse
     */
    public TouchBase changeCadence(String accountId, String seriesId, String cadenceText) {
        TouchBase old = active(accountId, seriesId);
        SeriesRule oldRule = old.rule();
        Cadence cadence = parse(cadenceText, "cadence");
        ZonedDateTime next = nextRegularStart(old, oldRule);
        SeriesRule newRule = SeriesRule.of(cadence, next.toLocalDate());
        ZonedDateTime start = newRule.firstOnOrAfter(next.toLocalDate(), next.toLocalTime(), next.getZone());
        return replace(old, oldRule, start, newRule.cadence());
    }

    /**
     * Cancels the series: Google deletes it and sends the colleague the cancellation. Cancelling a
     * series that is already cancelled or ended changes nothing.
     */
    public TouchBase cancel(String accountId, String seriesId) {
        TouchBase series = owned(accountId, seriesId);
        if (series.status() == TouchBase.Status.CANCELLED || series.status() == TouchBase.Status.ENDED) {
            return series;
        }
        Instant now = clock.instant();
        TouchBase cancelled = series.withStatus(TouchBase.Status.CANCELLED, Optional.of("cancelled by you"), now);
        boolean onGoogle = series.googleEventId().isPresent() || !touchBases.pendingWrites(accountId, seriesId).isEmpty();
        List<CalendarWrite> writes = onGoogle
                ? List.of(OutboxEntries.write(accountId, seriesId, CalendarWrite.Kind.DELETE_SERIES, Optional.empty(),
                        Optional.empty(), now))
                : List.of();
        touchBases.save(cancelled, List.of(), writes);
        wakeWorker.run();
        return cancelled;
    }

    private TouchBase replace(TouchBase old, SeriesRule oldRule, ZonedDateTime requestedStart, Cadence cadence) {
        Instant now = clock.instant();
        ZonedDateTime start = FirstStart.checked(requestedStart, settings.of(old.accountId()).zone(), now);
        SeriesRule newRule = SeriesRule.of(cadence, start.toLocalDate());
        if (!newRule.fallsOn(start.toLocalDate())) {
            throw new InvalidInput("start", start.toLocalDate() + " is a "
                    + start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " but the new series would meet " + newRule.describe());
        }
        ZonedDateTime cut = nextRegularStart(old, oldRule);
        List<CalendarWrite> writes = new ArrayList<>();
        TouchBase ended;
        if (!cut.toInstant().isAfter(old.firstStart().toInstant())) {
            ended = old.withStatus(TouchBase.Status.ENDED, Optional.of("replaced before it began"), now);
            writes.add(OutboxEntries.write(old.accountId(), old.id(), CalendarWrite.Kind.DELETE_SERIES,
                    Optional.empty(), Optional.empty(), now));
        } else {
            ended = old.withRule(oldRule.endingBefore(cut.toInstant()), now)
                    .withStatus(TouchBase.Status.ENDED, Optional.of("rescheduled from " + cut.toLocalDate()), now);
            writes.add(OutboxEntries.write(old.accountId(), old.id(), CalendarWrite.Kind.END_SERIES,
                    Optional.of(cut), Optional.empty(), now));
        }
        TouchBase replacement = TouchBase.pending(UUID.randomUUID().toString(), old.accountId(), old.colleagueId(),
                newRule, start, old.duration(), old.withMeet(), now).replacing(old.id());
        writes.add(OutboxEntries.insert(old.accountId(), replacement.id(), now));
        touchBases.saveAll(List.of(ended, replacement), List.of(), writes);
        wakeWorker.run();
        return replacement;
    }

    /** The first regular start of the series at or after now: the first occurrence a change replaces. */
    private ZonedDateTime nextRegularStart(TouchBase series, SeriesRule rule) {
        Instant now = clock.instant();
        Instant far = now.atZone(series.firstStart().getZone()).plusYears(LOOK_AHEAD_YEARS).toInstant();
        return rule.starts(series.firstStart(), now, far).stream().findFirst()
                .orElseThrow(() -> new Conflict("the series has no upcoming touch-base to change"));
    }

    private TouchBase active(String accountId, String seriesId) {
        TouchBase series = owned(accountId, seriesId);
        if (!series.isActive()) {
            throw new Conflict("the series is " + series.status().wireName() + " and can no longer be changed");
        }
        return series;
    }

    private TouchBase owned(String accountId, String seriesId) {
        return touchBases.find(accountId, seriesId)
                .orElseThrow(() -> new NotFound("series " + seriesId));
    }

    private static Cadence parse(String text, String field) {
        try {
            return Cadence.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }
}
