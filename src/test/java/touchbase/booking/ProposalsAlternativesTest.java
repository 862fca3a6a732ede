package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.fakes.BookingWorld;
import touchbase.planning.Proposal;

class ProposalsAlternativesTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    @Test
    void offersTheSameCadenceOnOtherWorkingDaysBestFirstAndBooksNothing() {
        Proposal.Placed chosen = placed();

        List<Proposal.Placed> alternatives = world.proposals.alternatives(BookingWorld.ACCOUNT, chosen, 2);

        assertThat(alternatives).hasSize(2);
        assertThat(alternatives).allSatisfy(other -> {
            assertThat(other.cadence().kind()).isEqualTo(chosen.cadence().kind());
            assertThat(other.cadence().day()).isNotEqualTo(chosen.cadence().day());
            assertThat(other.cadence().day().orElseThrow()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(alternatives.get(0).score()).isGreaterThanOrEqualTo(alternatives.get(1).score());
        assertThat(world.touchBases.forAccount(BookingWorld.ACCOUNT)).isEmpty();
    }

    @Test
    void anAlternativeBooksAtItsOwnStartAndRule() {
        Proposal.Placed other = world.proposals.alternatives(BookingWorld.ACCOUNT, placed(), 1).get(0);

        BookingResult result = world.booker.book(BookingWorld.ACCOUNT, ana.id(),
                java.util.Optional.of(other.firstStart()), java.util.Optional.of(other.rrule()));

        assertThat(result).isInstanceOfSatisfying(BookingResult.Booked.class, booked -> {
            assertThat(booked.series().firstStart().toInstant()).isEqualTo(other.firstStart().toInstant());
            assertThat(booked.series().rrule()).isEqualTo(other.rrule());
        });
    }

    private Proposal.Placed placed() {
        return (Proposal.Placed) world.proposals.plan(BookingWorld.ACCOUNT).forColleague(ana.id()).orElseThrow();
    }
}
