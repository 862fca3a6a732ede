package touchbase.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.upkeep.LastContact;
import touchbase.upkeep.Relationship;

/**
 * A colleague's last contact as the dashboard and the Colleagues page show it: the day in the person's
 * zone, how long ago in their calendar days, and its kind, with a meeting's title only when given (the
 * relationship carries it only when the person chose to see titles).
 */
class LastContactRowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aMeetingShowsItsDayInMyZoneHowLongAgoAndItsKindWithoutItsTitle() {
        ColleaguesPage.Row row = row(new LastContact(ZonedDateTime.parse("2026-11-12T00:30:00+09:00[Asia/Tokyo]"),
                LastContact.Kind.MEETING, Optional.empty()));

        assertThat(row.last()).contains(new ColleaguesPage.Contact("Wed 11 Nov 2026", "3 weeks ago", "other meeting"));
        assertThat(row.overdue()).isTrue();
        assertThat(row.skippable()).as("nothing booked, nothing to skip").isEmpty();
    }

    @Test
    void aMeetingTitleShowsWhenTheRelationshipCarriesIt() {
        ColleaguesPage.Row row = row(new LastContact(ZonedDateTime.parse("2026-12-02T09:00:00Z"),
                LastContact.Kind.MEETING, Optional.of("Project review")));

        assertThat(row.last()).map(ColleaguesPage.Contact::kind).contains("other meeting: Project review");
        assertThat(row.last()).map(ColleaguesPage.Contact::ago).contains("yesterday");
    }

    @Test
    void aTouchBaseIsNamedSo() {
        ColleaguesPage.Row row = row(new LastContact(ZonedDateTime.parse("2026-12-03T08:00:00Z"),
                LastContact.Kind.TOUCH_BASE, Optional.empty()));

        assertThat(row.last()).map(ColleaguesPage.Contact::kind).contains("touch-base");
        assertThat(row.last()).map(ColleaguesPage.Contact::ago).contains("today");
    }

    @Test
    void howLongAgoCountsCalendarDaysInMyZone() {
        assertThat(Times.ago(ZonedDateTime.parse("2026-11-28T10:00:00Z"), NOW, LONDON)).isEqualTo("5 days ago");
        assertThat(Times.ago(ZonedDateTime.parse("2026-11-26T10:00:00Z"), NOW, LONDON)).isEqualTo("1 week ago");
        assertThat(Times.ago(ZonedDateTime.parse("2026-09-01T10:00:00Z"), NOW, LONDON)).isEqualTo("3 months ago");
        assertThat(Times.ago(ZonedDateTime.parse("2025-06-01T10:00:00Z"), NOW, LONDON)).isEqualTo("1 year ago");
        assertThat(Times.ago(ZonedDateTime.parse("2026-12-02T16:00:00Z"), NOW, TOKYO))
                .as("already 3 December in Tokyo when it was 2 December in London").isEqualTo("today");
    }

    private static ColleaguesPage.Row row(LastContact last) {
        Colleague lena = Colleague.of("lena", "lena@example.com", "Lena", LONDON, Cadence.weekly());
        Relationship r = new Relationship(lena, Optional.empty(), Optional.of(last), Optional.empty(), "weekly",
                true, 5, Optional.empty(), Optional.empty());
        return ColleaguePages.row(r, LONDON, NOW);
    }
}
