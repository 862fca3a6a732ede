package touchbase.google.emulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import touchbase.google.emulator.GoogleEmulator;
import touchbase.google.emulator.TestGoogle;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.google.emulator.seed.EmulatorSeed;

class DemoCalendarsTest {

    private static final LocalDate WEEK_OF = LocalDate.of(2026, 3, 4);

    @Test
    void isDeterministicForTheSameWeek() {
        assertThat(DemoCalendars.seed(WEEK_OF)).isEqualTo(DemoCalendars.seed(WEEK_OF));
    }

    @Test
    void hasAtLeastEightColleaguesInAtLeastThreeZonesIncludingAHalfHourOffset() {
        EmulatorSeed seed = DemoCalendars.seed(WEEK_OF);

        Set<ZoneId> zones = seed.colleagues().stream().map(EmulatedPerson::zone).collect(Collectors.toSet());

        assertThat(seed.colleagues()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(zones).hasSizeGreaterThanOrEqualTo(3).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(seed.colleagues()).allSatisfy(c -> assertThat(c.email()).endsWith("@" + DemoCalendars.DOMAIN));
    }

    private static final EmulatorSeed SEED = DemoCalendars.seed(WEEK_OF);
    private final GoogleEmulator google = GoogleEmulator.start(SEED, 0);
    private final Calendar calendar = TestGoogle.calendar(google, google.issueTokens(DemoCalendars.ACCOUNT_EMAIL,
            Set.of("https://www.googleapis.com/auth/calendar.freebusy",
                    "https://www.googleapis.com/auth/calendar.events")).accessToken());

    @AfterEach
    void stop() {
        google.stop();
    }

    @Test
    void everyoneIsBusyDuringTheFirstWeekAndTheOutsiderIsNotFound() throws Exception {
        List<FreeBusyRequestItem> items = new ArrayList<>();
        SEED.people().forEach(p -> items.add(new FreeBusyRequestItem().setId(p.email())));
        items.add(new FreeBusyRequestItem().setId(DemoCalendars.OUTSIDER));

        FreeBusyResponse response = calendar.freebusy().query(new FreeBusyRequest()
                .setTimeMin(new DateTime("2026-03-02T00:00:00Z"))
                .setTimeMax(new DateTime("2026-03-07T00:00:00Z"))
                .setItems(items)).execute();

        SEED.people().forEach(p -> assertThat(response.getCalendars().get(p.email()).getBusy())
                .as(p.email()).hasSizeGreaterThanOrEqualTo(10));
        assertThat(response.getCalendars().get(DemoCalendars.OUTSIDER).getErrors())
                .extracting(e -> e.getReason()).containsExactly("notFound");
    }

    @Test
    void weekdayLunchRunsForTwentySixWeeksOnly() throws Exception {
        int lunches = calendar.events().instances("primary", "demo0p1").setMaxResults(2500).execute()
                .getItems().size();

        assertThat(lunches).isEqualTo(DemoCalendars.WEEKS * 5);
    }
}
