package touchbase.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring touch-base with one colleague: the series Touchbase books as one recurring Google
 * event. {@code firstStart} is DTSTART in the organiser's zone; {@code rule} how it repeats (its
 * RFC 5545 §3.3.10 text is {@link #rrule()}), which carries an {@code UNTIL} once the series was
 * ended by a reschedule.
 * {@code generation} changes when the series is booked again under a new Google event id, since a
 * deleted Google event keeps its id forever.
 */
public record TouchBase(
        String id,
        String accountId,
        String colleagueId,
        SeriesRule rule,
        ZonedDateTime firstStart,
        Duration duration,
        Status status,
        Optional<String> statusReason,
        Optional<String> googleEventId,
        int generation,
        Optional<String> iCalUid,
        int sequence,
        boolean withMeet,
        Optional<String> meetUri,
        Optional<String> replacesSeriesId,
        Instant createdAt,
        Instant updatedAt,
        Optional<String> groupId) {

    /** Where a series stands between Touchbase and Google. */
    public enum Status {
        /** Decided and stored; the write to Google is in the outbox. */
        PENDING,
        /** On Google Calendar with the colleague invited. */
        BOOKED,
        /** Google refused it, or the account must reconnect; {@code statusReason} says why. */
        FAILED,
        /** Cancelled by the person; Google sent the cancellation (or will, from the outbox). */
        CANCELLED,
        /** Ended by a reschedule ("this and following"); a newer series replaces it. */
        ENDED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TouchBase {
        requireText(id, "id");
        requireText(accountId, "accountId");
        requireText(colleagueId, "colleagueId");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(firstStart, "firstStart must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive, got " + duration);
        }
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(statusReason, "statusReason must not be null");
        Objects.requireNonNull(googleEventId, "googleEventId must not be null");
        if (generation < 0) {
            throw new IllegalArgumentException("generation must not be negative, got " + generation);
        }
        Objects.requireNonNull(iCalUid, "iCalUid must not be null");
        Objects.requireNonNull(meetUri, "meetUri must not be null");
        Objects.requireNonNull(replacesSeriesId, "replacesSeriesId must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
        Objects.requireNonNull(groupId, "groupId must not be null");
    }

    /** A series with one colleague (no group). */
    public TouchBase(String id, String accountId, String colleagueId, SeriesRule rule, ZonedDateTime firstStart,
            Duration duration, Status status, Optional<String> statusReason, Optional<String> googleEventId,
            int generation, Optional<String> iCalUid, int sequence, boolean withMeet, Optional<String> meetUri,
            Optional<String> replacesSeriesId, Instant createdAt, Instant updatedAt) {
        this(id, accountId, colleagueId, rule, firstStart, duration, status, statusReason, googleEventId, generation,
                iCalUid, sequence, withMeet, meetUri, replacesSeriesId, createdAt, updatedAt, Optional.empty());
    }

    /** A new series, decided now and waiting for its write to Google. */
    public static TouchBase pending(String id, String accountId, String colleagueId, SeriesRule rule,
            ZonedDateTime firstStart, Duration duration, boolean withMeet, Instant now) {
        return new TouchBase(id, accountId, colleagueId, rule, firstStart, duration, Status.PENDING, Optional.empty(),
                Optional.empty(), 0, Optional.empty(), 0, withMeet, Optional.empty(), Optional.empty(), now, now);
    }

    /**
     * This series held with a whole group: {@code colleagueId} is then the group's first member, and
     * the invite goes to every member of the group {@code group}.
     */
    public TouchBase forGroup(String group) {
        return new TouchBase(id, accountId, colleagueId, rule, firstStart, duration, status, statusReason,
                googleEventId, generation, iCalUid, sequence, withMeet, meetUri, replacesSeriesId, createdAt,
                updatedAt, Optional.of(group));
    }

    /** Held once, not recurring (a coffee roulette's pair meeting): Google has it as a single event. */
    public boolean isSingle() {
        return rule.holdsOnly(firstStart);
    }

    public boolean isGroup() {
        return groupId.isPresent();
    }

    /** Google confirmed the series. */
    public TouchBase booked(String eventId, String uid, int googleSequence, Optional<String> meet, Instant now) {
        return new TouchBase(id, accountId, colleagueId, rule, firstStart, duration, Status.BOOKED, Optional.empty(),
                Optional.of(eventId), generation, Optional.of(uid), googleSequence, withMeet, meet, replacesSeriesId,
                createdAt, now, groupId);
    }

    /** The Meet link Google finished creating after it answered the insert (read back by a later sync). */
    public TouchBase withMeetUri(String uri, Instant now) {
        return new TouchBase(id, accountId, colleagueId, rule, firstStart, duration, status, statusReason, googleEventId,
                generation, iCalUid, sequence, withMeet, Optional.of(uri), replacesSeriesId, createdAt, now, groupId);
    }

    public TouchBase withStatus(Status newStatus, Optional<String> reason, Instant now) {
        return new TouchBase(id, accountId, colleagueId, rule, firstStart, duration, newStatus, reason, googleEventId,
                generation, iCalUid, sequence, withMeet, meetUri, replacesSeriesId, createdAt, now, groupId);
    }

    public TouchBase withRule(SeriesRule newRule, Instant now) {
        return new TouchBase(id, accountId, colleagueId, newRule, firstStart, duration, status, statusReason,
                googleEventId, generation, iCalUid, sequence, withMeet, meetUri, replacesSeriesId, createdAt, now, groupId);
    }

    /** The next Google event id generation, after Google answered that the id is taken. */
    public TouchBase nextGeneration(Instant now) {
        return new TouchBase(id, accountId, colleagueId, rule, firstStart, duration, status, statusReason,
                Optional.empty(), generation + 1, Optional.empty(), sequence, withMeet, meetUri, replacesSeriesId,
                createdAt, now, groupId);
    }

    public TouchBase replacing(String olderSeriesId) {
        return new TouchBase(id, accountId, colleagueId, rule, firstStart, duration, status, statusReason,
                googleEventId, generation, iCalUid, sequence, withMeet, meetUri, Optional.of(olderSeriesId), createdAt,
                updatedAt, groupId);
    }

    /**
     * The bare RRULE value (no {@code RRULE:} prefix, no DTSTART), e.g. {@code FREQ=WEEKLY;BYDAY=TU},
     * as Google Calendar and iCalendar feeds want it.
     */
    public String rrule() {
        return rule.toRRule();
    }

    /** Still meant to happen: pending or booked. */
    public boolean isActive() {
        return status == Status.PENDING || status == Status.BOOKED;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
