package touchbase.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import touchbase.booking.BookingResult;
import touchbase.booking.GroupBooking;
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

    public GroupPages(Pages pages, PageGuard guard, Optional<GroupBook> groups, Optional<GroupBooking> booking) {
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
        BookingResult result = booking.orElseThrow(() -> new touchbase.domain.NotFound("groups"))
                .book(caller.accountId(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/groups", result instanceof BookingResult.Booked ? Notice.BOOKED
                : result instanceof BookingResult.AlreadyBooked ? Notice.GROUP_ALREADY_BOOKED : Notice.NOTHING_TO_BOOK);
    }

    private void show(Context ctx, ApiCaller caller, Optional<String> error, Optional<String> field) {
        String accountId = caller.accountId();
        List<GroupsPage.Row> rows = groups.map(book -> book.all(accountId).stream()
                .map(group -> new GroupsPage.Row(group, book.members(accountId, group).stream()
                        .map(Colleague::displayName).toList())).toList()).orElse(List.of());
        List<Colleague> colleagues = groups.map(book -> book.candidates(accountId)).orElse(List.of());
        pages.render(ctx, "groups.jte", new GroupsPage(pages.shell(ctx, caller, "Groups", "groups"), rows, colleagues,
                error, field));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput("quorum", "quorum must be a whole number from 1 to " + Group.MAX_MEMBERS);
        }
    }
}
