package touchbase.google.emulator.calendar.freebusy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static touchbase.google.emulator.TestGoogle.ALEX;
import static touchbase.google.emulator.TestGoogle.BEA;
import static touchbase.google.emulator.TestGoogle.CHEN;
import static touchbase.google.emulator.TestGoogle.OUTSIDER;
import static touchbase.google.emulator.TestGoogle.UNSEEDED_IN_DOMAIN;
import static touchbase.google.emulator.TestGoogle.at;
import static touchbase.google.emulator.TestGoogle.attendee;
import static touchbase.google.emulator.TestGoogle.event;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import com.google.api.services.calendar.model.TimePeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import touchbase.google.emulator.EmulatorCase;
import touchbase.google.emulator.seed.SeedEvent;

class GoogleEmulator_FreeBusyTest extends EmulatorCase {

    private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

    GoogleEmulator_FreeBusyTest() {
        super(new SeedEvent(BEA, "beastandup01", "Stand-up", LocalDateTime.parse("2026-03-02T09:30"),
                ZoneId.of("Europe/Berlin"), Duration.ofMinutes(15),
                List.of("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), List.of()));
    }

    @Test
    void reportsSeededRecurringMeetingsAsBusy() throws Exception {
        FreeBusyResponse response = query(MONDAY, MONDAY.plus(Duration.ofDays(2)), BEA);

        assertThat(periods(response.getCalendars().get(BEA))).containsExactly(
                "2026-03-02T08:30:00Z/2026-03-02T08:45:00Z", "2026-03-03T08:30:00Z/2026-03-03T08:45:00Z");
        assertThat(response.getCalendars().get(BEA).getErrors()).isNullOrEmpty();
    }

    @Test
    void unknownCalendarOutsideDomainIsNotFoundWhileOthersSucceed() throws Exception {
        FreeBusyResponse response = query(MONDAY, MONDAY.plus(Duration.ofDays(1)), OUTSIDER, UNSEEDED_IN_DOMAIN);

        assertThat(response.getCalendars().get(OUTSIDER).getErrors())
                .singleElement().satisfies(e -> {
                    assertThat(e.getDomain()).isEqualTo("global");
                    assertThat(e.getReason()).isEqualTo("notFound");
                });
        assertThat(response.getCalendars().get(UNSEEDED_IN_DOMAIN).getErrors()).isNullOrEmpty();
        assertThat(response.getCalendars().get(UNSEEDED_IN_DOMAIN).getBusy()).isEmpty();
    }

    @Test
    void rangeLongerThanNinetyDaysIs400TimeRangeTooLong() {
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> query(MONDAY, MONDAY.plus(Duration.ofDays(91)), BEA));

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("timeRangeTooLong");
        assertThat(error.getDetails().getMessage()).isEqualTo("The requested time range is too long.");
    }

    @Test
    void ninetyDaysExactlyIsAccepted() throws Exception {
        assertThat(query(MONDAY, MONDAY.plus(Duration.ofDays(90)), BEA).getCalendars()).containsKey(BEA);
    }

    @Test
    void emptyRangeIs400TimeRangeEmpty() {
        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> query(MONDAY, MONDAY, BEA));

        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("timeRangeEmpty");
    }

    @Test
    void moreThanFiftyCalendarsIs400TooManyCalendarsRequested() {
        String[] ids = IntStream.range(0, 51).mapToObj(i -> "p" + i + "@example.test").toArray(String[]::new);

        GoogleJsonResponseException error = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> query(MONDAY, MONDAY.plus(Duration.ofDays(1)), ids));

        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getDetails().getErrors().get(0).getReason()).isEqualTo("tooManyCalendarsRequested");
    }

    @Test
    void insertedEventMakesOrganizerAndAttendeesBusyButNotDecliners() throws Exception {
        calendar.events().insert("primary", event("Touch base", at("2026-03-04T10:00", "Europe/London"),
                        at("2026-03-04T10:30", "Europe/London"))
                .setAttendees(List.of(attendee(ALEX), attendee(CHEN), attendee(UNSEEDED_IN_DOMAIN).setResponseStatus("declined"))))
                .execute();

        FreeBusyResponse response = query(Instant.parse("2026-03-04T00:00:00Z"), Instant.parse("2026-03-05T00:00:00Z"),
                ALEX, CHEN, UNSEEDED_IN_DOMAIN);

        assertThat(periods(response.getCalendars().get(ALEX))).containsExactly("2026-03-04T10:00:00Z/2026-03-04T10:30:00Z");
        assertThat(periods(response.getCalendars().get(CHEN))).containsExactly("2026-03-04T10:00:00Z/2026-03-04T10:30:00Z");
        assertThat(response.getCalendars().get(UNSEEDED_IN_DOMAIN).getBusy()).isEmpty();
    }

    @Test
    void cancelledInstanceIsNoLongerBusy() throws Exception {
        Calendar bea = google.calendarAs(BEA);
        bea.events().delete("primary", "beastandup01_20260303T083000Z").execute();

        FreeBusyResponse response = query(MONDAY, MONDAY.plus(Duration.ofDays(2)), BEA);

        assertThat(periods(response.getCalendars().get(BEA))).containsExactly("2026-03-02T08:30:00Z/2026-03-02T08:45:00Z");
    }

    private FreeBusyResponse query(Instant from, Instant to, String... ids) throws Exception {
        FreeBusyRequest request = new FreeBusyRequest()
                .setTimeMin(new DateTime(from.toEpochMilli()))
                .setTimeMax(new DateTime(to.toEpochMilli()))
                .setItems(java.util.Arrays.stream(ids).map(id -> new FreeBusyRequestItem().setId(id)).toList());
        return calendar.freebusy().query(request).execute();
    }

    private static List<String> periods(FreeBusyCalendar calendar) {
        return calendar.getBusy().stream().map(GoogleEmulator_FreeBusyTest::period).toList();
    }

    private static String period(TimePeriod p) {
        return Instant.ofEpochMilli(p.getStart().getValue()) + "/" + Instant.ofEpochMilli(p.getEnd().getValue());
    }
}
