package touchbase.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.domain.Colleague;
import touchbase.fakes.BookingWorld;
import touchbase.planning.Proposal;

/** A colleague whose free/busy is unknown is planned on the account's calendar alone, visibly, and still booked. */
class Booker_UnknownCalendarTest {

    private final BookingWorld world = new BookingWorld();
    private final Colleague ana = world.colleague("Ana");

    @Test
    void theProposalSaysItWasPlannedWithoutTheColleaguesCalendar() {
        world.calendars.unknown(ana.email(), "notFound");

        Proposal proposal = world.proposals.plan(BookingWorld.ACCOUNT, List.of(ana.id())).proposals().get(0);

        assertThat(proposal).isInstanceOfSatisfying(Proposal.Placed.class, placed -> {
            assertThat(placed.colleagueFreeBusyUnknown()).isTrue();
            assertThat(placed.colleagueFreeBusyReason()).contains(
                    "Ana's free/busy is unknown (notFound), so the time was chosen on your calendar alone");
        });
    }

    @Test
    void aKnownCalendarGivesNoSuchReason() {
        Proposal.Placed placed = (Proposal.Placed) world.proposals.plan(BookingWorld.ACCOUNT, List.of(ana.id()))
                .proposals().get(0);

        assertThat(placed.colleagueFreeBusyUnknown()).isFalse();
        assertThat(placed.colleagueFreeBusyReason()).isEmpty();
    }

    @Test
    void bookingItStillWorks() {
        world.calendars.unknown(ana.email(), "notFound");

        BookingResult result = world.booker.book(BookingWorld.ACCOUNT, ana.id(), Optional.empty(), Optional.empty());

        assertThat(result).isInstanceOf(BookingResult.Booked.class);
    }
}
