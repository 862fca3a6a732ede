package touchbase.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.domain.NotFound;
import touchbase.domain.TouchBase;

/**
 * What the feed document holds and how it is written (RFC 5545, RFC 7986): its calendar properties, a
 * VTIMEZONE for every TZID and no floating time, escaping, folding at 75 octets with CRLF, SEQUENCE and
 * UID over changes, privacy, and nothing of another account.
 */
class FeedDocumentTest {

    private final FeedWorld world = new FeedWorld();
    private final Colleague ana = world.colleague(FeedWorld.ME, "Ana Ortiz", "ana@example.com");

    @Test
    void theCalendarNamesItselfAndAsksToBeRefreshedHourly() {
        world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");

        String feed = world.feedText();

        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nVERSION:2.0\r\n", "\r\nPRODID:-//Touchbase//Touch-base feed 1.0//EN\r\n",
                        "\r\nCALSCALE:GREGORIAN\r\n", "\r\nNAME:Touchbase\r\n", "\r\nX-WR-CALNAME:Touchbase\r\n",
                        "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "\r\nX-PUBLISHED-TTL:PT1H\r\n")
                .doesNotContain("METHOD:");
    }

    @Test
    void aTouchBaseHeldOnceIsASingleEventWithoutARule() {
        TouchBase once = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00",
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260310T090000Z");

        String feed = unfold(world.feedText());

        assertThat(once.isSingle()).isTrue();
        assertThat(feed).contains("DTSTART;TZID=Europe/London:20260310T090000").doesNotContain("RRULE:FREQ=WEEKLY");
    }

    @Test
    void aTouchBaseHeldOnceThatARecheckMovedIsOneEventAtItsNewTime() {
        TouchBase once = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00",
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260310T090000Z");
        world.move(once, "2026-03-10T09:00", "2026-03-11T14:30");

        String feed = unfold(world.feedText());

        assertThat(feed).contains("DTSTART;TZID=Europe/London:20260311T143000")
                .doesNotContain("DTSTART;TZID=Europe/London:20260310T090000", "RECURRENCE-ID", "RRULE:FREQ=WEEKLY");
        assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize(2);
    }

    @Test
    void everyTzidHasItsVtimezoneAndNoTimeFloats() throws Exception {
        TouchBase london = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        Colleague noa = world.colleague(FeedWorld.ME, "Noa Levi", "noa@example.com");
        world.booked(FeedWorld.ME, noa, FeedWorld.NEW_YORK, "2026-03-12T16:00", "FREQ=WEEKLY;BYDAY=TH");
        world.skip(london, "2026-03-17T09:00");
        world.move(london, "2026-03-24T09:00", "2026-03-25T10:00");

        String feed = unfold(world.feedText());

        Matcher tzids = Pattern.compile(";TZID=([^:;]+)[:;]").matcher(feed);
        while (tzids.find()) {
            assertThat(feed).contains("BEGIN:VTIMEZONE\r\nTZID:" + tzids.group(1) + "\r\n");
        }
        assertThat(feed).contains("TZID:Europe/London\r\n", "TZID:America/New_York\r\n");
        for (String line : feed.split("\r\n")) {
            if (line.matches("(DTSTART|DTEND|RECURRENCE-ID|EXDATE)[;:].*") && !insideVtimezone(feed, line)) {
                assertThat(line).as("a date-time with a zone or in UTC").matches(".*;TZID=.*|.*Z");
            }
        }
        Calendar parsed = new CalendarBuilder().build(new StringReader(world.feedText()));
        parsed.validate();
    }

    @Test
    void namesWithCommasSemicolonsNewlinesAndAccentsComeBackIntactInBothReaders() throws Exception {
        String name = "Zoë O'Brien, Jr.; \"Zed\"\nsecond line – ünïcödé 日本";
        world.booked(FeedWorld.ME, world.colleague(FeedWorld.ME, name, "zoe@example.com"), FeedWorld.LONDON,
                "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");

        String feed = world.feedText();

        assertThat(unfold(feed)).contains("SUMMARY:Touch-base with Zoë O'Brien\\, Jr.\\; \"Zed\"\\nsecond line");
        VEvent event = new CalendarBuilder().build(new StringReader(feed)).<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Touch-base with " + name);
        assertThat(Biweekly.parse(feed).first().getEvents().get(0).getSummary().getValue())
                .isEqualTo("Touch-base with " + name);
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter("CN").orElseThrow().getValue())
                .isEqualTo("Zoë O'Brien, Jr.; 'Zed' second line – ünïcödé 日本");
    }

    @Test
    void everyLineEndsInCrlfAndNoneIsLongerThan75Octets() {
        String longName = "Maximilian-Alexander von Überwald-Schönhausen ".repeat(4) + "日本語のなまえ".repeat(6);
        world.booked(FeedWorld.ME, world.colleague(FeedWorld.ME, longName, "max@example.com"), FeedWorld.LONDON,
                "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");

        byte[] bytes = world.feedText().getBytes(StandardCharsets.UTF_8);
        String feed = new String(bytes, StandardCharsets.UTF_8);

        assertThat(feed.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> lines = Arrays.asList(feed.split("\r\n", -1));
        assertThat(lines.get(lines.size() - 1)).isEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines.stream().filter(line -> line.startsWith(" "))).hasSizeGreaterThan(3);
        assertThat(Biweekly.parse(feed).first().getEvents().get(0).getSummary().getValue())
                .isEqualTo("Touch-base with " + longName);
    }

    @Test
    void theUidStaysAndTheSequenceGrowsWithEveryChange() {
        TouchBase series = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        String uid = "UID:" + series.iCalUid().orElseThrow() + "\r\n";

        String first = world.feedText();
        world.clock.advance(Duration.ofHours(1));
        String unchanged = world.feedText();
        world.skip(series, "2026-03-17T09:00");
        String skipped = world.feedText();
        world.clock.advance(Duration.ofHours(1));
        world.move(series, "2026-03-24T09:00", "2026-03-25T10:00");
        String moved = world.feedText();
        world.colleague(FeedWorld.ME, "Someone Else", "else@example.com");
        world.feeds.showNames(FeedWorld.ME, false);
        String hidden = world.feedText();

        assertThat(List.of(first, unchanged, skipped, moved, hidden)).allSatisfy(feed -> assertThat(feed).contains(uid));
        assertThat(sequences(first)).containsOnly(0);
        assertThat(unchanged).isEqualTo(first);
        assertThat(sequences(skipped)).containsOnly(1);
        assertThat(sequences(moved)).containsOnly(2);
        assertThat(sequences(hidden)).containsOnly(3);
        assertThat(moved).contains("DTSTAMP:20260301T100000Z");
    }

    @Test
    void hiddenNamesLeaveOnlyTouchBaseAndNoEmailAnywhere() {
        world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        world.feeds.showNames(FeedWorld.ME, false);

        String feed = world.feedText();

        assertThat(feed).contains("SUMMARY:Touch-base\r\n").doesNotContain("Ana").doesNotContain("example.com")
                .doesNotContain("mailto:").doesNotContain("ATTENDEE").doesNotContain("ORGANIZER");
    }

    @Test
    void theMeetLinkIsTheUrlAndInTheDescription() {
        world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");

        String feed = unfold(world.feedText());

        assertThat(feed).contains("\r\nURL:https://meet.google.com/abc-defg-hij\r\n")
                .contains("Join with Google Meet: https://meet.google.com/abc-defg-hij")
                .contains("ORGANIZER:mailto:me@example.com")
                .contains("ATTENDEE;CN=Ana Ortiz;ROLE=REQ-PARTICIPANT:mailto:ana@example.com");
    }

    @Test
    void nothingOfAnotherAccountIsInTheFeed() {
        world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        Colleague theirs = world.colleague("other", "Secret Person", "secret@elsewhere.test");
        TouchBase other = world.booked("other", theirs, FeedWorld.LONDON, "2026-03-11T09:00", "FREQ=WEEKLY;BYDAY=WE");
        String otherToken = FeedLinksTokens.token(world.feeds.links("other"));

        String feed = world.feedText();

        assertThat(feed).doesNotContain("Secret Person").doesNotContain("secret@elsewhere.test")
                .doesNotContain(other.iCalUid().orElseThrow()).doesNotContain("other@example.com")
                .doesNotContain(otherToken).doesNotContain(FeedLinksTokens.token(world.feeds.links(FeedWorld.ME)));
        assertThatThrownBy(() -> world.feeds.series(FeedWorld.ME, other.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void aCancelledSeriesStaysCancelledFor30DaysThenLeaves() {
        TouchBase series = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        world.feedText();
        world.update(series.withStatus(TouchBase.Status.CANCELLED, Optional.of("cancelled by you"), world.clock.instant()));

        String cancelled = world.feedText();
        world.clock.advance(Feeds.KEEP_CANCELLED.plusMinutes(1));
        String later = world.feedText();

        assertThat(cancelled).contains("STATUS:CANCELLED").contains("SEQUENCE:1");
        assertThat(later).doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void aPollAfterTheFirstReadsNoSeriesUntilOneChanges() {
        TouchBase series = world.booked(FeedWorld.ME, ana, FeedWorld.LONDON, "2026-03-10T09:00", "FREQ=WEEKLY;BYDAY=TU");
        String token = FeedLinksTokens.token(world.feeds.links(FeedWorld.ME));
        RenderedFeed first = world.feeds.feed(token).orElseThrow();
        int reads = world.seriesReads.get();

        RenderedFeed again = world.feeds.feed(token).orElseThrow();
        assertThat(again).isSameAs(first);
        assertThat(world.seriesReads.get()).isEqualTo(reads);

        world.skip(series, "2026-03-17T09:00");
        RenderedFeed changed = world.feeds.feed(token).orElseThrow();
        assertThat(changed.etag()).isNotEqualTo(first.etag());
        assertThat(world.seriesReads.get()).isGreaterThan(reads);
    }

    @Test
    void rotatingTheTokenMakesTheOldOneUnknown() {
        String old = FeedLinksTokens.token(world.feeds.links(FeedWorld.ME));

        String fresh = FeedLinksTokens.token(world.feeds.rotate(FeedWorld.ME));

        assertThat(fresh).isNotEqualTo(old).hasSize(43);
        assertThat(world.feeds.feed(old)).isEmpty();
        assertThat(world.feeds.feed(fresh)).isPresent();
        assertThat(world.feeds.feed("not a token")).isEmpty();
        assertThat(world.feeds.feed("A".repeat(43))).isEmpty();
    }

    @Test
    void oneSeriesAsAFileIsPublishedWithItsVtimezone() {
        TouchBase series = world.booked(FeedWorld.ME, ana, FeedWorld.NEW_YORK, "2026-03-12T16:00", "FREQ=WEEKLY;BYDAY=TH");

        String file = world.feeds.series(FeedWorld.ME, series.id()).text();

        assertThat(file).contains("\r\nMETHOD:PUBLISH\r\n", "TZID:America/New_York\r\n",
                "UID:" + series.iCalUid().orElseThrow());
        assertThat(Biweekly.parse(file).first().getEvents()).hasSize(1);
    }

    private static List<Integer> sequences(String feed) {
        Matcher m = Pattern.compile("\r\nSEQUENCE:(\\d+)\r\n").matcher(feed);
        List<Integer> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static boolean insideVtimezone(String feed, String line) {
        int at = feed.indexOf(line + "\r\n");
        return feed.lastIndexOf("BEGIN:VTIMEZONE", at) > feed.lastIndexOf("END:VTIMEZONE", at);
    }

    private static String unfold(String feed) {
        return feed.replace("\r\n ", "");
    }

}
