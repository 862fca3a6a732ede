package touchbase.google.emulator.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import touchbase.google.emulator.seed.EmulatedPerson;
import touchbase.google.emulator.seed.EmulatorSeed;
import touchbase.google.emulator.seed.OAuthClientRegistration;
import touchbase.google.emulator.seed.SeedEvent;

/**
 * The demo world: {@value #ACCOUNT_EMAIL} (London) and eight colleagues in seven time zones
 * (Bangalore, Tokyo, Berlin, London, São Paulo, New York, San Francisco, Paris), each with a
 * plausible working week repeated for {@value #WEEKS} weeks from the Monday of {@code weekOf}:
 * team stand-ups, lunch, focus blocks, 1:1s, a monthly planning meeting and a one-off
 * appointment. Fully deterministic: the same {@code weekOf} always gives the same events.
 * {@value #OUTSIDER} is outside the domain and answers {@code notFound} in free/busy.
 */
public final class DemoCalendars {

    public static final String DOMAIN = "demo.touchbase.test";
    public static final String ACCOUNT_EMAIL = "alex.morgan@" + DOMAIN;
    public static final String OUTSIDER = "pat.jones@partner.example.com";
    public static final String CLIENT_ID = "touchbase-demo.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "touchbase-demo-secret";
    public static final int WEEKS = 26;

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String WEEKDAYS = "BYDAY=MO,TU,WE,TH,FR";

    private DemoCalendars() {
    }

    public static EmulatedPerson account() {
        return new EmulatedPerson(ACCOUNT_EMAIL, "Alex Morgan", ZoneId.of("Europe/London"));
    }

    public static List<EmulatedPerson> colleagues() {
        return List.of(
                person("priya.raman", "Priya Raman", "Asia/Kolkata"),
                person("kenji.sato", "Kenji Sato", "Asia/Tokyo"),
                person("lena.vogel", "Lena Vogel", "Europe/Berlin"),
                person("tom.hughes", "Tom Hughes", "Europe/London"),
                person("maria.costa", "Maria Costa", "America/Sao_Paulo"),
                person("jordan.blake", "Jordan Blake", "America/New_York"),
                person("sam.rivera", "Sam Rivera", "America/Los_Angeles"),
                person("chloe.dubois", "Chloé Dubois", "Europe/Paris"));
    }

    /** The demo client: any redirect URI is accepted, so the app may listen on any port. */
    public static OAuthClientRegistration client() {
        return new OAuthClientRegistration(CLIENT_ID, CLIENT_SECRET, List.of());
    }

    public static EmulatorSeed seed(LocalDate weekOf) {
        return seed(weekOf, client());
    }

    public static EmulatorSeed seed(LocalDate weekOf, OAuthClientRegistration client) {
        LocalDate monday = weekOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String until = "UNTIL=" + monday.plusWeeks(WEEKS).atStartOfDay().format(UNTIL);
        List<EmulatedPerson> people = new ArrayList<>();
        people.add(account());
        people.addAll(colleagues());
        List<SeedEvent> events = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            events.addAll(personalWeek(i, people.get(i), monday, until));
        }
        events.addAll(sharedMeetings(monday, until));
        return new EmulatorSeed(DOMAIN, account(), colleagues(), List.of(client), events);
    }

    private static List<SeedEvent> personalWeek(int i, EmulatedPerson p, LocalDate monday, String until) {
        String prefix = "demo" + i + "p";
        List<SeedEvent> events = new ArrayList<>();
        events.add(event(p, prefix + "1", "Lunch", monday, LocalTime.of(12, 0).plusMinutes(30L * (i % 2)), 45,
                "RRULE:FREQ=WEEKLY;" + WEEKDAYS + ";" + until));
        events.add(event(p, prefix + "2", "Focus time", monday.plusDays(1), LocalTime.of(13 + i % 3, 30), 120,
                "RRULE:FREQ=WEEKLY;BYDAY=TU,TH;" + until));
        events.add(event(p, prefix + "3", "1:1 with manager", monday.plusDays(i % 5), LocalTime.of(11, 0), 30,
                "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day(monday.plusDays(i % 5)) + ";" + until));
        events.add(event(p, prefix + "4", "Monthly planning", monday, LocalTime.of(15, 0), 60,
                "RRULE:FREQ=MONTHLY;BYDAY=" + (i % 2 == 0 ? "1TU" : "-1FR") + ";" + until));
        events.add(event(p, prefix + "5", "Inbox and admin", monday.plusDays(4), LocalTime.of(16, 0), 60,
                "RRULE:FREQ=WEEKLY;BYDAY=FR;" + until));
        String[] oneOffs = {"Dentist", "Offsite planning", "Interview panel", "Customer call"};
        events.add(new SeedEvent(p.email(), prefix + "6", oneOffs[i % oneOffs.length],
                LocalDateTime.of(monday.plusWeeks(1 + i % 3).plusDays(i % 5), LocalTime.of(9 + i % 4, 0)),
                p.zone(), Duration.ofHours(1), List.of(), List.of()));
        return events;
    }

    private static List<SeedEvent> sharedMeetings(LocalDate monday, String until) {
        String holiday = monday.plusWeeks(2).plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE) + "T093000";
        return List.of(
                new SeedEvent(email("lena.vogel"), "demoteamemea", "EMEA stand-up",
                        LocalDateTime.of(monday, LocalTime.of(9, 30)), ZoneId.of("Europe/Berlin"), Duration.ofMinutes(15),
                        List.of("RRULE:FREQ=WEEKLY;" + WEEKDAYS + ";" + until,
                                "EXDATE;TZID=Europe/Berlin:" + holiday),
                        List.of(ACCOUNT_EMAIL, email("tom.hughes"), email("chloe.dubois"))),
                new SeedEvent(email("jordan.blake"), "demoteamamericas", "Americas stand-up",
                        LocalDateTime.of(monday, LocalTime.of(9, 30)), ZoneId.of("America/New_York"),
                        Duration.ofMinutes(15), List.of("RRULE:FREQ=WEEKLY;" + WEEKDAYS + ";" + until),
                        List.of(email("maria.costa"), email("sam.rivera"))),
                new SeedEvent(email("kenji.sato"), "demoteamapac", "APAC stand-up",
                        LocalDateTime.of(monday, LocalTime.of(10, 0)), ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(15),
                        List.of("RRULE:FREQ=WEEKLY;" + WEEKDAYS + ";" + until), List.of(email("priya.raman"))),
                new SeedEvent(email("jordan.blake"), "demoglobalproduct", "Global product review",
                        LocalDateTime.of(monday.plusDays(2), LocalTime.of(10, 0)), ZoneId.of("America/New_York"),
                        Duration.ofMinutes(45), List.of("RRULE:FREQ=WEEKLY;BYDAY=WE;" + until),
                        List.of(ACCOUNT_EMAIL, email("lena.vogel"), email("tom.hughes"), email("maria.costa"),
                                email("chloe.dubois"))),
                new SeedEvent(ACCOUNT_EMAIL, "demopairalpr", "Alex / Priya 1:1",
                        LocalDateTime.of(monday.plusDays(3), LocalTime.of(10, 0)), ZoneId.of("Europe/London"),
                        Duration.ofMinutes(30), List.of("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=13"),
                        List.of(email("priya.raman"))));
    }

    private static SeedEvent event(EmulatedPerson p, String id, String summary, LocalDate firstDay, LocalTime time,
                                   int minutes, String rule) {
        return new SeedEvent(p.email(), id, summary, LocalDateTime.of(firstDay, time), p.zone(),
                Duration.ofMinutes(minutes), List.of(rule), List.of());
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().name().substring(0, 2);
    }

    private static EmulatedPerson person(String local, String name, String zone) {
        return new EmulatedPerson(email(local), name, ZoneId.of(zone));
    }

    private static String email(String local) {
        return local + "@" + DOMAIN;
    }
}
