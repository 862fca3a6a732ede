package touchbase.google.emulator.calendar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static touchbase.google.emulator.TestGoogle.ALEX;
import static touchbase.google.emulator.TestGoogle.at;
import static touchbase.google.emulator.TestGoogle.event;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.google.emulator.EmulatorCase;
import touchbase.google.emulator.TestGoogle;

class GoogleEmulator_EventsTest extends EmulatorCase {

    private static final String BERLIN = "Europe/Berlin";

    @Test
    void insertedEventCarriesServerFields() throws Exception {
        Event inserted = calendar.events().insert("primary",
                event("Touch base", at("2026-03-10T10:00", BERLIN), at("2026-03-10T10:30", BERLIN))
                        .setId("touchbase0001")).execute();

        assertThat(inserted.getId()).isEqualTo("touchbase0001");
        assertThat(inserted.getICalUID()).isEqualTo("touchbase0001@google.com");
        assertThat(inserted.getStatus()).isEqualTo("confirmed");
        assertThat(inserted.getOrganizer().getEmail()).isEqualTo(ALEX);
        assertThat(inserted.getCreator().getEmail()).isEqualTo(ALEX);
        assertThat(inserted.getSequence()).isZero();
        assertThat(inserted.getEtag()).isNotBlank();
        assertThat(inserted.getHtmlLink()).startsWith("https://www.google.com/calendar/event?eid=");
        assertThat(inserted.getCreated()).isNotNull();
        assertThat(inserted.getUpdated()).isNotNull();
        assertThat(inserted.getStart().getDateTime().toStringRfc3339()).isEqualTo("2026-03-10T10:00:00.000+01:00");
    }

    @Test
    void expandsWeeklySeriesKeepingWallClockTimeAcrossDst() throws Exception {
        calendar.events().insert("primary", event("Weekly touch base",
                        at("2026-03-16T09:00", BERLIN), at("2026-03-16T09:30", BERLIN))
                .setId("mondaseries0")
                .setRecurrence(List.of("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4"))).execute();

        List<Event> instances = calendar.events().instances("primary", "mondaseries0").execute().getItems();

        assertThat(instances).extracting(Event::getId).containsExactly(
                "mondaseries0_20260316T080000Z", "mondaseries0_20260323T080000Z",
                "mondaseries0_20260330T070000Z", "mondaseries0_20260406T070000Z");
        assertThat(instances).extracting(e -> e.getStart().getDateTime().getTimeZoneShift())
                .containsExactly(60, 60, 120, 120);
        assertThat(instances).allSatisfy(e -> {
            assertThat(e.getRecurringEventId()).isEqualTo("mondaseries0");
            assertThat(e.getStart().getTimeZone()).isEqualTo(BERLIN);
        });
        assertThat(instances.get(2).getOriginalStartTime().getDateTime().getValue())
                .isEqualTo(Instant.parse("2026-03-30T07:00:00Z").toEpochMilli());
    }

    @Test
    void expandsMonthlyLastFridayWithIntervalAndUntil() throws Exception {
        calendar.events().insert("primary", event("Quarterly", at("2026-01-30T15:00", "America/New_York"),
                        at("2026-01-30T15:30", "America/New_York"))
                .setId("monthlast01")
                .setRecurrence(List.of("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20261231T000000Z"))).execute();

        List<Event> instances = calendar.events().instances("primary", "monthlast01").execute().getItems();

        assertThat(instances).extracting(e -> e.getStart().getDateTime().toStringRfc3339()).containsExactly(
                "2026-01-30T15:00:00.000-05:00", "2026-04-24T15:00:00.000-04:00",
                "2026-07-31T15:00:00.000-04:00", "2026-10-30T15:00:00.000-04:00");
    }

    @Test
    void rejectsDuplicateIdWith409() throws Exception {
        calendar.events().insert("primary", oneOff().setId("samesame01")).execute();

        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", oneOff().setId("samesame01")).execute());

        assertThat(error.getStatusCode()).isEqualTo(409);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("duplicate");
        assertThat(error.getDetails().getMessage()).isEqualTo("The requested identifier already exists.");
    }

    @Test
    void rejectsIdOutsideBase32hexWith400() {
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", oneOff().setId("Has-Upper_and_w")).execute());

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("invalid");
        assertThat(error.getDetails().getMessage()).isEqualTo("Invalid resource id value.");
    }

    @Test
    void rejectsTooShortIdWith400() {
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", oneOff().setId("abcd")).execute());

        assertThat(error.getStatusCode()).isEqualTo(400);
    }

    @Test
    void rejectsRecurringEventWithoutStartTimeZone() {
        EventDateTime noZone = new EventDateTime().setDateTime(new DateTime("2026-03-10T10:00:00+01:00"));
        Event recurring = event("No zone", noZone, at("2026-03-10T10:30", BERLIN))
                .setRecurrence(List.of("RRULE:FREQ=WEEKLY"));

        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", recurring).execute());

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("required");
        assertThat(error.getDetails().getMessage()).isEqualTo("Missing time zone definition for start time.");
    }

    @Test
    void rejectsDtstartLineInRecurrence() {
        Event recurring = oneOff().setRecurrence(List.of("DTSTART:20260310T090000Z", "RRULE:FREQ=WEEKLY"));

        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", recurring).execute());

        assertThat(error.getStatusCode()).isEqualTo(400);
    }

    @Test
    void deleteCancelsButKeepsIdSoReinsertIs409() throws Exception {
        calendar.events().insert("primary", oneOff().setId("deleteme01")).execute();

        calendar.events().delete("primary", "deleteme01").execute();

        assertThat(google.emulator.event(ALEX, "deleteme01")).hasValueSatisfying(e -> assertThat(e.cancelled()).isTrue());
        assertThat(calendar.events().get("primary", "deleteme01").execute().getStatus()).isEqualTo("cancelled");
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", oneOff().setId("deleteme01")).execute());
        assertThat(error.getStatusCode()).isEqualTo(409);
    }

    @Test
    void deletingTwiceIs410Deleted() throws Exception {
        calendar.events().insert("primary", oneOff().setId("deleteme02")).execute();
        calendar.events().delete("primary", "deleteme02").execute();

        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().delete("primary", "deleteme02").execute());

        assertThat(error.getStatusCode()).isEqualTo(410);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("deleted");
    }

    @Test
    void patchingAnInstanceMakesAnExceptionAndCancellingOneRemovesIt() throws Exception {
        calendar.events().insert("primary", event("Series", at("2026-03-02T11:00", BERLIN),
                at("2026-03-02T11:30", BERLIN)).setId("series0001")
                .setRecurrence(List.of("RRULE:FREQ=WEEKLY;COUNT=3"))).execute();

        Event moved = calendar.events().patch("primary", "series0001_20260309T100000Z",
                new Event().setStart(at("2026-03-09T14:00", BERLIN)).setEnd(at("2026-03-09T14:30", BERLIN))).execute();
        calendar.events().patch("primary", "series0001_20260316T100000Z", new Event().setStatus("cancelled")).execute();

        assertThat(moved.getRecurringEventId()).isEqualTo("series0001");
        assertThat(moved.getOriginalStartTime().getDateTime().getValue())
                .isEqualTo(Instant.parse("2026-03-09T10:00:00Z").toEpochMilli());
        List<Event> instances = calendar.events().instances("primary", "series0001").execute().getItems();
        assertThat(instances).extracting(e -> e.getStart().getDateTime().toStringRfc3339())
                .containsExactly("2026-03-02T11:00:00.000+01:00", "2026-03-09T14:00:00.000+01:00");
    }

    @Test
    void instancesTimeMinIsInclusiveForTheEndButListTimeMinIsExclusive() throws Exception {
        calendar.events().insert("primary", event("Series", at("2026-03-02T11:00", BERLIN),
                at("2026-03-02T11:30", BERLIN)).setId("series0002")
                .setRecurrence(List.of("RRULE:FREQ=WEEKLY;COUNT=3"))).execute();
        DateTime endOfFirst = at("2026-03-02T11:30", BERLIN).getDateTime();

        List<Event> instances = calendar.events().instances("primary", "series0002").setTimeMin(endOfFirst)
                .execute().getItems();
        List<Event> listed = calendar.events().list("primary").setSingleEvents(true).setTimeMin(endOfFirst)
                .execute().getItems();

        assertThat(instances).extracting(Event::getId).first().isEqualTo("series0002_20260302T100000Z");
        assertThat(listed).extracting(Event::getId).doesNotContain("series0002_20260302T100000Z");
    }

    @Test
    void callWithoutTokenIs401WithGoogleAuthError() {
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> google.calendarWithToken(null).events().list("primary").execute());

        assertThat(error.getStatusCode()).isEqualTo(401);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("authError");
        assertThat(error.getDetails().getMessage()).isEqualTo("Invalid Credentials");
        assertThat(error.getHeaders().getAuthenticate()).contains("error=\"invalid_token\"");
    }

    @Test
    void expiredAccessTokenIs401() {
        String token = google.accessToken(ALEX);
        google.emulator.expireAccessToken(token);

        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> google.calendarWithToken(token).events().list("primary").execute());

        assertThat(error.getStatusCode()).isEqualTo(401);
    }

    @Test
    void writingSomeoneElsesCalendarIs403() {
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert(TestGoogle.BEA, oneOff()).execute());

        assertThat(error.getStatusCode()).isEqualTo(403);
    }

    @Test
    void timeZoneComesFromSettingsAndPrimaryCalendar() throws Exception {
        Calendar readOnly = google.calendarWithToken(google.emulator.issueTokens(ALEX,
                java.util.Set.of("https://www.googleapis.com/auth/calendar.readonly")).accessToken());

        assertThat(readOnly.settings().get("timezone").execute().getValue()).isEqualTo("Europe/London");
        assertThat(readOnly.calendars().get("primary").execute().getTimeZone()).isEqualTo("Europe/London");
    }

    @Test
    void settingsNeedACalendarReadScopeNotJustEvents() {
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.settings().get("timezone").execute());

        assertThat(error.getStatusCode()).isEqualTo(403);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("insufficientPermissions");
    }

    private static Event oneOff() {
        return event("One-off", at("2026-03-10T10:00", BERLIN), at("2026-03-10T10:30", BERLIN));
    }
}
