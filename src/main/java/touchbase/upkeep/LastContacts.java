package touchbase.upkeep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import touchbase.domain.Interval;

/**
 * Reads the meetings on the user's own calendar into the {@link MeetingLog}, so a colleague met in any
 * meeting (not only a touch-base) counts as contacted. The first read lists the look-back window (180
 * days by default) and four weeks ahead, so meetings soon to happen become last contacts without a
 * change on Google; later reads use a sync token of their own (apart from the recheck's, whose listing
 * is not windowed), so a re-read with nothing changed costs one call. Once the four weeks are used up,
 * or Google expires the token (410), the log is read again in full.
 */
public final class LastContacts {

    /** Prefix of this read's calendar key in {@link SyncTokens}, apart from the recheck's own token. */
    static final String TOKEN_KEY = "past-meetings:";
    static final Duration AHEAD = Duration.ofDays(28);

    private final PastMeetings meetings;
    private final MeetingLog log;
    private final SyncTokens tokens;
    private final ContactSettings settings;
    private final Clock clock;

    public LastContacts(PastMeetings meetings, MeetingLog log, SyncTokens tokens, ContactSettings settings,
            Clock clock) {
        this.meetings = Objects.requireNonNull(meetings, "meetings must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Reads what changed on the account's calendar; returns how many meetings were read. */
    public int read(String accountId, String calendarId) {
        Instant now = clock.instant();
        String key = TOKEN_KEY + calendarId;
        Optional<Stored> stored = tokens.find(accountId, key).flatMap(Stored::parse)
                .filter(s -> s.horizon().isAfter(now));
        Interval window = new Interval(now.minus(Duration.ofDays(settings.of(accountId).lookbackDays())),
                stored.map(Stored::horizon).orElse(now.plus(AHEAD)));
        PastMeetings.Read read = meetings.read(accountId, calendarId, stored.map(Stored::token), window);
        if (stored.isPresent() && read.nextSyncToken().isEmpty()) {
            stored = Optional.empty();
            read = meetings.read(accountId, calendarId, Optional.empty(), window);
        }
        if (stored.isEmpty()) {
            log.clear(accountId);
        }
        log.record(accountId, inWindow(read.meetings(), window));
        String horizon = String.valueOf(window.end().getEpochSecond());
        read.nextSyncToken().ifPresentOrElse(token -> tokens.save(accountId, key, horizon + " " + token),
                () -> tokens.clear(accountId, key));
        return read.meetings().size();
    }

    /** Per email (lower case), the latest meeting that started in the look-back window and before now. */
    public Map<String, MeetingLog.LastMeeting> latest(String accountId) {
        Instant now = clock.instant();
        return log.latest(accountId, now.minus(Duration.ofDays(settings.of(accountId).lookbackDays())), now);
    }

    public ContactPreferences preferences(String accountId) {
        return settings.of(accountId);
    }

    /** Changes how last contact is shown and judged; returns what is saved. */
    public ContactPreferences changePreferences(String accountId, UnaryOperator<ContactPreferences> change) {
        ContactPreferences changed = Objects.requireNonNull(change.apply(settings.of(accountId)), "changed");
        settings.save(accountId, changed);
        return changed;
    }

    private static List<PastMeeting> inWindow(List<PastMeeting> read, Interval window) {
        return read.stream()
                .map(m -> m.start().filter(s -> !s.isBefore(window.start()) && s.isBefore(window.end())).isPresent()
                        || !m.counts() ? m : PastMeeting.gone(m.eventId()))
                .toList();
    }

    /** The stored token with the end of the window it was first read for: "epochSecond token". */
    private record Stored(Instant horizon, String token) {
        static Optional<Stored> parse(String text) {
            int space = text.indexOf(' ');
            try {
                return space <= 0 ? Optional.empty() : Optional.of(new Stored(
                        Instant.ofEpochSecond(Long.parseLong(text.substring(0, space))), text.substring(space + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
