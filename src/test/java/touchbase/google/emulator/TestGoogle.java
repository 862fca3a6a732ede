package touchbase.google.emulator;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.google.emulator.seed.EmulatorSeed;
import touchbase.google.emulator.seed.OAuthClientRegistration;
import touchbase.google.emulator.seed.SeedEvent;

/** A small emulator world for tests, and the real Google Calendar client pointed at it. */
public final class TestGoogle implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    public static final String DOMAIN = "example.test";
    public static final String ALEX = "alex@example.test";
    public static final String BEA = "bea@example.test";
    public static final String CHEN = "chen@example.test";
    public static final String UNSEEDED_IN_DOMAIN = "dana@example.test";
    public static final String OUTSIDER = "zoe@elsewhere.test";
    public static final String CLIENT_ID = "test-client.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "test-secret";
    public static final String REDIRECT_URI = "http://127.0.0.1:8999/oauth/callback";
    public static final Set<String> APP_SCOPES = Set.of("https://www.googleapis.com/auth/calendar.events",
            "https://www.googleapis.com/auth/calendar.freebusy", "openid", "email");
    public static final GsonFactory JSON = GsonFactory.getDefaultInstance();
    public static final NetHttpTransport TRANSPORT = new NetHttpTransport();

    public final GoogleEmulator emulator;

    private TestGoogle(GoogleEmulator emulator) {
        this.emulator = emulator;
    }

    public static TestGoogle start(SeedEvent... events) {
        EmulatorSeed seed = new EmulatorSeed(DOMAIN,
                new EmulatedPerson(ALEX, "Alex Test", ZoneId.of("Europe/London")),
                List.of(new EmulatedPerson(BEA, "Bea Test", ZoneId.of("Europe/Berlin")),
                        new EmulatedPerson(CHEN, "Chen Test", ZoneId.of("Asia/Tokyo"))),
                List.of(new OAuthClientRegistration(CLIENT_ID, CLIENT_SECRET, List.of(REDIRECT_URI))),
                Arrays.asList(events));
        return new TestGoogle(GoogleEmulator.start(seed, 0, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    public String accessToken(String email) {
        return emulator.issueTokens(email, APP_SCOPES).accessToken();
    }

    public Calendar calendarAs(String email) {
        return calendarWithToken(accessToken(email));
    }

    public Calendar calendarWithToken(String token) {
        return calendar(emulator, token);
    }

    /** The real Calendar client with {@code rootUrl} at the emulator and a fixed bearer token (null: none). */
    public static Calendar calendar(GoogleEmulator emulator, String token) {
        HttpRequestInitializer bearer = request -> {
            if (token != null) {
                request.getHeaders().setAuthorization("Bearer " + token);
            }
        };
        return new Calendar.Builder(TRANSPORT, JSON, bearer)
                .setRootUrl(emulator.apiRoot())
                .setApplicationName("touchbase-emulator-test")
                .build();
    }

    public static EventDateTime at(String localDateTime, String zone) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
        return new EventDateTime().setDateTime(new DateTime(instant.toEpochMilli())).setTimeZone(zone);
    }

    public static Event event(String summary, EventDateTime start, EventDateTime end) {
        return new Event().setSummary(summary).setStart(start).setEnd(end);
    }

    public static EventAttendee attendee(String email) {
        return new EventAttendee().setEmail(email);
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
