package touchbase.google;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.EventDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Conversions between java.time and Google's RFC 3339 {@link DateTime} / {@link EventDateTime}. */
final class GoogleTimes {

    private GoogleTimes() {
    }

    static DateTime dateTime(Instant instant) {
        return new DateTime(false, instant.toEpochMilli(), 0);
    }

    static DateTime dateTime(ZonedDateTime time) {
        return new DateTime(false, time.toInstant().toEpochMilli(), time.getOffset().getTotalSeconds() / 60);
    }

    static Instant instant(DateTime time) {
        return Instant.ofEpochMilli(time.getValue());
    }

    /** A timed start or end with its IANA zone, which Google requires for recurring events. */
    static EventDateTime eventDateTime(ZonedDateTime time) {
        return new EventDateTime().setDateTime(dateTime(time)).setTimeZone(zoneName(time.getZone()));
    }

    static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /**
     * Google's originalStart query parameter: the instance's original start in RFC 3339 with whole
     * seconds and the zone's offset (e.g. {@code 2026-12-15T10:00:00+01:00}), the form Google itself
     * writes in {@code originalStartTime.dateTime}.
     */
    static String rfc3339(ZonedDateTime time) {
        return time.toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Optional<ZonedDateTime> zoned(EventDateTime time) {
        if (time == null) {
            return Optional.empty();
        }
        if (time.getDateTime() != null) {
            ZoneId zone = time.getTimeZone() != null
                    ? ZoneId.of(time.getTimeZone())
                    : ZoneOffset.ofTotalSeconds(time.getDateTime().getTimeZoneShift() * 60);
            return Optional.of(instant(time.getDateTime()).atZone(zone));
        }
        if (time.getDate() != null) {
            ZoneId zone = time.getTimeZone() != null ? ZoneId.of(time.getTimeZone()) : ZoneOffset.UTC;
            return Optional.of(LocalDate.parse(time.getDate().toStringRfc3339()).atStartOfDay(zone));
        }
        return Optional.empty();
    }
}
