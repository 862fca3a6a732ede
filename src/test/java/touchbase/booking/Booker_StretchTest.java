package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.ColleagueTestData;
import touchbase.domain.TouchBase;
import touchbase.fakes.BookingWorld;
import touchbase.planning.Proposal;

/** A time across zones is booked only with consent; a series starts on its first held occurrence. */
class Booker_StretchTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague kenji = saved(ColleagueTestData.aColleague().named("Kenji").inZone("America/Los_Angeles"));

    private Colleague saved(ColleagueTestData data) {
        Colleague colleague = data.build();
        world.colleagues.save(BookingWorld.ACCOUNT, colleague);
        return colleague;
    }

    @Test
    void refusesAStretchedTimeWithoutConsentAndSaysWhy() {
        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, kenji.id(), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(Booker.StretchNeedsConsent.class, e -> assertThat(e.getMessage())
                        .startsWith("the proposed time for Kenji lies outside working hours (")
                        .endsWith("book again with \"acceptStretch\": true to agree to it"));
        assertThat(world.touchBases.forAccount(BookingWorld.ACCOUNT)).isEmpty();
        assertThat(world.touchBases.allWrites()).isEmpty();
    }

    @Test
    void booksAStretchedTimeWithConsentAndTheInviteSaysItWasChosenAcrossZones() {
        BookingResult result = world.booker.book(BookingWorld.ACCOUNT, kenji.id(), Optional.empty(), Optional.empty(),
                true);

        TouchBase series = ((BookingResult.Booked) result).series();
        assertThat(SeriesInvites.description(series, kenji))
                .startsWith("This time was chosen across time zones: you share no working hours")
                .contains("for Kenji, America/Los_Angeles")
                .endsWith(Agenda.forColleague("Kenji"));
    }

    @Test
    void anAlternativeStretchedStartAlsoNeedsConsent() {
        Proposal.Placed first = (Proposal.Placed) world.proposals.plan(BookingWorld.ACCOUNT, List.of(kenji.id()))
                .forColleague(kenji.id()).orElseThrow();
        Proposal.Placed other = world.proposals.alternatives(BookingWorld.ACCOUNT, first, 2).get(0);
        Optional<String> rule = Optional.of(other.cadence().toRRule());

        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, kenji.id(), Optional.of(other.firstStart()),
                rule, false))
                .isInstanceOfSatisfying(Booker.StretchNeedsConsent.class, e -> assertThat(e.getMessage())
                        .endsWith("book again with \"acceptStretch\": true to agree to it"));
        ZonedDateTime anHourLater = other.firstStart().plusHours(1);
        assertThatThrownBy(() -> world.booker.book(BookingWorld.ACCOUNT, kenji.id(), Optional.of(anHourLater), rule,
                false))
                .as("a start the planner would not propose, outside working hours all the same")
                .isInstanceOfSatisfying(Booker.StretchNeedsConsent.class, e -> assertThat(e.getMessage())
                        .contains("you at " + anHourLater.withZoneSameInstant(BookingWorld.BERLIN).toLocalTime()));
        assertThat(world.touchBases.forAccount(BookingWorld.ACCOUNT)).isEmpty();

        BookingResult agreed = world.booker.book(BookingWorld.ACCOUNT, kenji.id(), Optional.of(other.firstStart()),
                rule, true);
        assertThat(agreed).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    void bookingEveryoneLeavesAStretchedTimeForConsent() {
        Colleague ana = world.colleague("Ana");

        List<BookingResult> results = world.booker.bookAll(BookingWorld.ACCOUNT);

        assertThat(results).filteredOn(r -> r.colleagueId().equals(ana.id())).singleElement()
                .isInstanceOf(BookingResult.Booked.class);
        assertThat(results).filteredOn(r -> r.colleagueId().equals(kenji.id())).singleElement()
                .isInstanceOfSatisfying(BookingResult.NotPlaced.class, notPlaced -> assertThat(notPlaced.reason())
                        .startsWith("needs your consent, as the time lies outside working hours: book Kenji alone"));
    }

    @Test
    void anInviteWithinTheColleaguesHoursIsTheAgendaAlone() {
        Colleague ana = world.colleague("Ana");

        TouchBase series = world.book(ana);

        assertThat(SeriesInvites.description(series, ana)).isEqualTo(Agenda.forColleague("Ana"));
    }

    @Test
    void aQuarterlySeriesStartsOnItsFirstOccurrenceThatCanBeHeld() {
        Colleague cleo = saved(ColleagueTestData.aColleague().named("Cleo")
                .meeting(Cadence.quarterly().on(2, DayOfWeek.TUESDAY)));
        world.meeting(cleo.email(), "2026-02-02T00:00", "2026-05-01T00:00");

        BookingResult.Booked booked = (BookingResult.Booked) world.booker.book(BookingWorld.ACCOUNT, cleo.id(),
                Optional.empty(), Optional.empty());

        assertThat(booked.series().firstStart().toLocalDate()).isEqualTo(LocalDate.parse("2026-05-12"));
        assertThat(booked.changes()).isEmpty();
    }
}
