package touchbase.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.booking.BookingResult;
import touchbase.booking.GroupBooking;
import touchbase.booking.roulette.RouletteBooking;
import touchbase.colleagues.GroupBook;
import touchbase.domain.Colleague;
import touchbase.domain.Group;
import touchbase.domain.InvalidInput;
import touchbase.web.ApiCaller;
import touchbase.web.BadRequest;
import touchbase.web.CadenceInput;
import touchbase.web.Notice;
import touchbase.web.PageGuard;
import touchbase.web.Pages;

/** {@code GET /groups}, {@code POST /groups} (create) and {@code POST /groups/{id}/book} (plan and book). */
public final class GroupPages {

    private final Pages pages;
    private final PageGuard guard;
    private final Optional<GroupBook> groups;
    private final Optional<GroupBooking> booking;
    private final Optional<RouletteBooking> roulette;

    public GroupPages(Pages pages, PageGuard guard, Optional<GroupBook> groups, Optional<GroupBooking> booking) {
        this(pages, guard, groups, booking, Optional.empty());
    }

    /** Also books, shows and cancels the pair meetings of groups that rotate pairs. */
    public GroupPages(Pages pages, PageGuard guard, Optional<GroupBook> groups, Optional<GroupBooking> booking,
            Optional<RouletteBooking> roulette) {
        this.roulette = Objects.requireNonNull(roulette, "roulette must not be null");
        this.pages = Objects.requireNonNull(pages, "pages must not be null");
        this.guard = Objects.requireNonNull(guard, "guard must not be null");
        this.groups = Objects.requireNonNull(groups, "groups must not be null");
        this.booking = Objects.requireNonNull(booking, "booking must not be null");
    }

    public void list(Context ctx) {
        show(ctx, guard.page(ctx), Optional.empty(), Optional.empty());
    }

    public void create(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        try {
            GroupBook book = groups.orElseThrow(() -> new InvalidInput("name", "groups are not available here"));
            String quorum = Optional.ofNullable(ctx.formParam("quorum")).orElse("").strip();
            book.create(caller.accountId(), Optional.ofNullable(ctx.formParam("name")).orElse(""),
                    ctx.formParams("colleagueIds"), CadenceInput.parse("cadence",
                            Optional.ofNullable(ctx.formParam("cadence")).orElse("every two weeks")),
                    quorum.isEmpty() ? Optional.empty() : Optional.of(number(quorum)),
                    "on".equals(ctx.formParam("roulette")));
            Pages.redirect(ctx, "/groups", Notice.GROUP_CREATED);
        } catch (InvalidInput refused) {
            ctx.status(400);
            show(ctx, caller, Optional.of(refused.getMessage()), Optional.of(refused.field()));
        } catch (BadRequest refused) {
            ctx.status(400);
            show(ctx, caller, Optional.of(refused.getMessage()), Optional.of("cadence"));
        }
    }

    public void book(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        if (roulette.isPresent() && groups.isPresent()
                && groups.get().find(caller.accountId(), ctx.pathParam("id")).roulette()) {
            RouletteBooking.Round round = roulette.get().book(caller.accountId(), ctx.pathParam("id"));
            Pages.redirect(ctx, "/groups", round.pairings().isEmpty() ? Notice.NOTHING_TO_BOOK
                    : round.fresh() ? Notice.ROUND_BOOKED : Notice.ROUND_ALREADY_BOOKED);
            return;
        }
        BookingResult result = booking.orElseThrow(() -> new touchbase.domain.NotFound("groups"))
                .book(caller.accountId(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/groups", result instanceof BookingResult.Booked ? Notice.BOOKED
                : result instanceof BookingResult.AlreadyBooked ? Notice.GROUP_ALREADY_BOOKED : Notice.NOTHING_TO_BOOK);
    }

    /** {@code POST /groups/{id}/cancel-pairings}: cancels the roulette's pair meetings ahead. */
    public void cancelPairings(Context ctx) {
        ApiCaller caller = guard.form(ctx);
        roulette.orElseThrow(() -> new touchbase.domain.NotFound("coffee roulette"))
                .cancel(caller.accountId(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/groups", Notice.PAIRINGS_CANCELLED);
    }

    private void show(Context ctx, ApiCaller caller, Optional<String> error, Optional<String> field) {
        String accountId = caller.accountId();
        List<GroupsPage.Row> rows = groups.map(book -> book.all(accountId).stream()
                .map(group -> row(accountId, book, group)).toList()).orElse(List.of());
        List<Colleague> colleagues = groups.map(book -> book.candidates(accountId)).orElse(List.of());
        pages.render(ctx, "groups.jte", new GroupsPage(pages.shell(ctx, caller, "Groups", "groups"), rows, colleagues,
                error, field));
    }

    private GroupsPage.Row row(String accountId, GroupBook book, Group group) {
        List<Colleague> members = book.members(accountId, group);
        List<GroupsPage.Pairing> pairings = group.roulette() ? roulette.map(r -> r.pairings(accountId, group.id()))
                .orElse(List.of()).stream().map(pairing -> pairing(pairing, members)).toList() : List.of();
        return new GroupsPage.Row(group, members.stream().map(Colleague::displayName).toList(), pairings);
    }

    private static GroupsPage.Pairing pairing(RouletteBooking.Pairing pairing, List<Colleague> members) {
        String names = String.join(" and ", pairing.colleagueIds().stream().map(id -> members.stream()
                .filter(member -> member.id().equals(id)).map(Colleague::displayName).findFirst().orElse("a former member"))
                .toList());
        String when = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH)
                .format(pairing.start()) + " " + pairing.start().getZone().getId();
        return new GroupsPage.Pairing(names, when, pairing.series().status().wireName());
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput("quorum", "quorum must be a whole number from 1 to " + Group.MAX_MEMBERS);
        }
    }
}
