package touchbase.storage;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.StringJoiner;
import touchbase.booking.CalendarWrite;

/**
 * The {@code payload} text of an outbox row: the times a write needs, one {@code name=value} line
 * each, as {@link ZonedDateTime#toString()} (e.g. {@code occurrence=2026-12-08T10:00+01:00[Europe/Berlin]}),
 * which {@link ZonedDateTime#parse} reads back exactly. A write without times has an empty payload.
 */
record OutboxPayload(Optional<ZonedDateTime> occurrence, Optional<ZonedDateTime> newStart) {

    private static final String OCCURRENCE = "occurrence=";
    private static final String NEW_START = "newStart=";

    static OutboxPayload of(CalendarWrite write) {
        return new OutboxPayload(write.occurrence(), write.newStart());
    }

    String text() {
        StringJoiner lines = new StringJoiner("\n");
        occurrence.ifPresent(t -> lines.add(OCCURRENCE + t));
        newStart.ifPresent(t -> lines.add(NEW_START + t));
        return lines.toString();
    }

    static OutboxPayload parse(String text) {
        Optional<ZonedDateTime> occurrence = Optional.empty();
        Optional<ZonedDateTime> newStart = Optional.empty();
        for (String line : text.split("\n")) {
            if (line.startsWith(OCCURRENCE)) {
                occurrence = Optional.of(ZonedDateTime.parse(line.substring(OCCURRENCE.length())));
            } else if (line.startsWith(NEW_START)) {
                newStart = Optional.of(ZonedDateTime.parse(line.substring(NEW_START.length())));
            } else if (!line.isBlank()) {
                throw new StorageException("outbox payload line '" + line + "' is not occurrence= or newStart=");
            }
        }
        return new OutboxPayload(occurrence, newStart);
    }
}
