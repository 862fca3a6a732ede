package touchbase.google;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.demo.DemoCalendars;
import touchbase.google.emulator.oauth.IssuedTokens;
import touchbase.google.emulator.seed.EmulatorSeed;
import touchbase.google.emulator.seed.SeedEvent;

/**
 * The Google emulator seeded with the demo world (plus any extra events), and the real gateway built
 * by {@link GoogleCalendarClientFactory} as production builds it (see {@link GoogleFixture}): tokens
 * issued by the emulator, refreshed at the emulator's token endpoint, tiny back-offs and Meet polls
 * whose waits are only recorded.
 */
final class EmulatedGoogle implements AutoCloseable {

    /** Monday of the demo's first week; the emulator's and the gateway's clocks stand still here. */
    static final LocalDate DEMO_WEEK = LocalDate.of(2026, 11, 30);
    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    static final String ALEX = DemoCalendars.ACCOUNT_EMAIL;
    static final String LENA = "lena.vogel@" + DemoCalendars.DOMAIN;
    static final String TOM = "tom.hughes@" + DemoCalendars.DOMAIN;
    static final Set<String> APP_SCOPES = Set.of("https://www.googleapis.com/auth/calendar.events",
            "https://www.googleapis.com/auth/calendar.freebusy", "openid", "email");

    final GoogleEmulator emulator;
    private final GoogleFixture gateway;
    final ApiCallCounter counter;
    final List<Long> sleeps;
    final List<String> refreshedTokens;
    final List<String> refreshErrors;

    private EmulatedGoogle(EmulatorSeed seed) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        emulator = GoogleEmulator.start(seed, 0, clock);
        gateway = new GoogleFixture(emulator.apiRoot(), emulator.tokenUri(), DemoCalendars.CLIENT_ID,
                DemoCalendars.CLIENT_SECRET, clock);
        counter = gateway.counter;
        sleeps = gateway.sleeps;
        refreshedTokens = gateway.refreshedTokens;
        refreshErrors = gateway.refreshErrors;
    }

    /** The demo world of {@link #DEMO_WEEK} plus {@code extra} events. */
    static EmulatedGoogle demo(SeedEvent... extra) {
        return new EmulatedGoogle(DemoCalendars.seed(DEMO_WEEK).withEvents(List.of(extra)));
    }

    /** Tokens for {@code email} as the sign-in flow would store them. */
    IssuedTokens issueTokens(String email) {
        return emulator.issueTokens(email, APP_SCOPES);
    }

    static CalendarCredentials stored(IssuedTokens issued) {
        return new CalendarCredentials(Optional.of(issued.accessToken()), issued.refreshToken().orElseThrow(), Optional.empty());
    }

    Calendar calendarFor(CalendarCredentials tokens) {
        return gateway.calendar(tokens, GoogleFixture.NORMAL_READ_TIMEOUT);
    }

    /** Alex's Calendar client, signed in a moment ago. */
    Calendar alexCalendar() {
        return calendarFor(stored(issueTokens(ALEX)));
    }

    GoogleCalendarEvents events(Calendar calendar) {
        return gateway.events(calendar);
    }

    GoogleCalendarEvents alexEvents() {
        return events(alexCalendar());
    }

    GoogleBusyTimes alexBusyTimes() {
        return new GoogleBusyTimes(alexCalendar());
    }

    /**
     * {@code attendee} answers Alex's invite: the emulator keeps no attendee copies, so the answer is
     * written where Google shows it to the organizer, in the attendee list of Alex's event.
     */
    void answer(String eventId, String attendee, String responseStatus) throws IOException {
        Calendar alex = alexCalendar();
        Event event = alex.events().get("primary", eventId).execute();
        List<EventAttendee> answered = event.getAttendees().stream()
                .map(a -> a.getEmail().equalsIgnoreCase(attendee) ? a.clone().setResponseStatus(responseStatus) : a)
                .toList();
        alex.events().patch("primary", eventId, new Event().setAttendees(answered)).execute();
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
