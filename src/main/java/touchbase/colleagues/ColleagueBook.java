package touchbase.colleagues;

import touchbase.account.CalendarAccess;
import touchbase.account.SettingsLookup;
import touchbase.booking.SeriesChanges;
import touchbase.booking.TouchBases;
import touchbase.domain.CalendarProblem;
import touchbase.domain.Conflict;
import touchbase.domain.InvalidInput;
import touchbase.domain.NotFound;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Colleague;
import touchbase.domain.TouchBase;
import touchbase.planning.zones.ZoneGuess;

/**
 * The colleagues an account keeps in touch with: add (an email already there updates that
 * colleague instead of adding a second), edit, pause and resume, remove (cancelling their series
 * once confirmed), and import many at once from CSV.
 */
public final class ColleagueBook {

    private final Colleagues colleagues;
    private final SettingsLookup settings;
    private final TouchBases touchBases;
    private final SeriesChanges seriesChanges;
    private final CalendarAccess calendars;
    private final ZoneOfNewColleague zones;
    private final Supplier<String> newId;

    /**
     * {@code calendars} tells the account's own address (never a colleague) and reads free/busy to
     * infer the zone of a colleague added without one, over the weeks around the {@code clock}.
     */
    public ColleagueBook(Colleagues colleagues, SettingsLookup settings, TouchBases touchBases,
            SeriesChanges seriesChanges, CalendarAccess calendars, Clock clock) {
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.seriesChanges = Objects.requireNonNull(seriesChanges, "seriesChanges must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.zones = new ZoneOfNewColleague(colleagues, calendars, clock);
        this.newId = () -> UUID.randomUUID().toString();
    }

    /**
     * Adds a colleague, or updates the one with the same email (ignoring case) with the fields given.
     * A new colleague without a zone gets one inferred from their free/busy, or the account's zone
     * as assumed (see {@link ColleagueSaved#zoneNote()}).
     *
     * @throws InvalidInput naming the email, timezone or cadence field that cannot be read, or the
     *     email when it is the account's own address
     */
    public ColleagueSaved add(String accountId, ColleagueInput input) {
        Checked checked = check(input);
        refuseSelf(accountId, checked.email);
        Optional<Colleague> existing = colleagues.findByEmail(accountId, checked.email);
        if (existing.isPresent()) {
            Colleague merged = merge(existing.get(), checked);
            colleagues.save(accountId, merged);
            return new ColleagueSaved(merged, ColleagueSaved.Outcome.UPDATED);
        }
        AccountSettings defaults = settings.of(accountId);
        Colleague added = Colleague.of(newId.get(), checked.email,
                checked.name.orElse(ColleagueFields.defaultName(checked.email)),
                checked.zone.orElse(defaults.zone()), checked.cadence.orElse(defaults.defaultCadence().open()));
        String zoneNote = "";
        if (checked.zone.isEmpty()) {
            ZoneGuess guess = zones.guess(accountId, checked.email, defaults.zone());
            added = added.withZone(guess.zone(), guess.source());
            zoneNote = guess.words();
        }
        colleagues.save(accountId, added);
        return new ColleagueSaved(added, ColleagueSaved.Outcome.ADDED, zoneNote);
    }

    /**
     * Changes the given fields of a colleague. Their series keep their rule: change a series' cadence
     * with {@link SeriesChanges#changeCadence}.
     *
     * @throws NotFound for an unknown colleague
     * @throws Conflict when the new email belongs to another colleague
     */
    public Colleague edit(String accountId, String colleagueId, ColleagueEdit edit) {
        Colleague colleague = find(accountId, colleagueId);
        if (edit.email().isPresent()) {
            colleague = colleague.withEmail(newEmail(accountId, colleagueId, edit.email().get()));
        }
        Optional<String> name = ColleagueFields.name(edit.name());
        if (name.isPresent()) {
            colleague = colleague.withDisplayName(name.get());
        }
        if (edit.timezone().isPresent()) {
            colleague = colleague.withZone(ColleagueFields.zone(edit.timezone().get()));
        }
        if (edit.cadence().isPresent()) {
            colleague = colleague.withCadence(ColleagueFields.cadence(edit.cadence().get()));
        }
        if (edit.priority().isPresent()) {
            colleague = colleague.withPriority(edit.priority().get());
        }
        if (edit.notes().isPresent()) {
            colleague = colleague.withNotes(ColleagueFields.notes(edit.notes().get()));
        }
        if (edit.workingHours().isPresent()) {
            colleague = colleague.withWorkingHours(edit.workingHours().get());
        }
        if (edit.preferences().isPresent()) {
            colleague = colleague.withPreferences(edit.preferences().get());
        }
        colleagues.save(accountId, colleague);
        return colleague;
    }

    /** A paused colleague is not planned; their booked series stay as they are. */
    public Colleague pause(String accountId, String colleagueId) {
        return setPaused(accountId, colleagueId, true);
    }

    public Colleague resume(String accountId, String colleagueId) {
        return setPaused(accountId, colleagueId, false);
    }

    /**
     * Removes a colleague. With active series and without {@code confirm}, nothing happens and the
     * answer lists the series that would be cancelled; with {@code confirm} each is cancelled (Google
     * sends the cancellation) and the colleague is removed.
     */
    public Removal remove(String accountId, String colleagueId, boolean confirm) {
        find(accountId, colleagueId);
        List<TouchBase> active = touchBases.forColleague(accountId, colleagueId).stream()
                .filter(TouchBase::isActive)
                .toList();
        if (!active.isEmpty() && !confirm) {
            return new Removal(false, active);
        }
        List<TouchBase> cancelled = new ArrayList<>();
        for (TouchBase series : active) {
            cancelled.add(seriesChanges.cancel(accountId, series.id()));
        }
        colleagues.delete(accountId, colleagueId);
        return new Removal(true, cancelled);
    }

    /**
     * Adds or updates a colleague per line of {@code email,name,timezone,cadence}. The header line is
     * optional (when present, its column names set the order); fields may be quoted; blank lines are
     * ignored. A line that cannot be read (a bad value, or quotes that do not pair up) is reported and
     * skipped, the others are kept; an email seen twice is merged into the first.
     *
     * @throws InvalidInput ({@code csv}) for a text past the import's size or line limit: nothing is written
     */
    public ImportReport importCsv(String accountId, String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<CsvRecords.Record> records = CsvRecords.parse(text);
        CsvColumns columns = CsvColumns.standard();
        if (!records.isEmpty() && CsvColumns.isHeader(records.get(0))) {
            columns = CsvColumns.fromHeader(records.get(0));
            records = records.subList(1, records.size());
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportReport.Line> lines = new ArrayList<>();
        for (CsvRecords.Record record : records) {
            lines.add(importLine(accountId, record, columns, firstLine));
        }
        return new ImportReport(lines);
    }

    private ImportReport.Line importLine(String accountId, CsvRecords.Record record, CsvColumns columns,
            Map<String, Integer> firstLine) {
        String prefix = "line " + record.line() + ": ";
        if (record.problem().isPresent()) {
            return new ImportReport.Line(record.line(), "", ImportReport.Outcome.REJECTED, prefix + record.problem().get());
        }
        ColleagueInput input = columns.input(record);
        String email = input.email();
        List<String> problems = new ArrayList<>();
        tryField(() -> refuseSelf(accountId, ColleagueFields.email(email)), problems);
        tryField(() -> ColleagueFields.name(input.name()), problems);
        input.timezone().ifPresent(zone -> tryField(() -> ColleagueFields.zone(zone), problems));
        input.cadence().ifPresent(cadence -> tryField(() -> ColleagueFields.cadence(cadence), problems));
        if (!problems.isEmpty()) {
            return new ImportReport.Line(record.line(), email, ImportReport.Outcome.REJECTED,
                    prefix + String.join("; ", problems));
        }
        ColleagueSaved saved = add(accountId, input);
        String key = ColleagueFields.key(email);
        Integer earlier = firstLine.putIfAbsent(key, record.line());
        if (earlier != null) {
            return new ImportReport.Line(record.line(), email, ImportReport.Outcome.UPDATED,
                    prefix + "merged with line " + earlier + " (same email " + saved.colleague().email() + ")");
        }
        if (saved.outcome() == ColleagueSaved.Outcome.UPDATED) {
            return new ImportReport.Line(record.line(), email, ImportReport.Outcome.UPDATED,
                    prefix + "updated " + saved.colleague().displayName() + " (" + saved.colleague().email()
                            + "), who was already there");
        }
        return new ImportReport.Line(record.line(), email, ImportReport.Outcome.ADDED,
                prefix + "added " + saved.colleague().displayName() + " (" + saved.colleague().email() + ")"
                        + (saved.zoneNote().isEmpty() ? "" : " in " + saved.zoneNote()));
    }

    /** An email to change to: readable, not the account's own, not another colleague's. */
    private String newEmail(String accountId, String colleagueId, String text) {
        String email = ColleagueFields.email(text);
        refuseSelf(accountId, email);
        Optional<Colleague> other = colleagues.findByEmail(accountId, email)
                .filter(found -> !found.id().equals(colleagueId));
        if (other.isPresent()) {
            throw new Conflict(email + " is already the email of " + other.get().displayName());
        }
        return email;
    }

    /** A touch-base with oneself is an invite to oneself: the account's own address is no colleague. */
    private void refuseSelf(String accountId, String email) {
        String own;
        try {
            own = calendars.calendarId(accountId);
        } catch (CalendarProblem unknownAccount) {
            return;
        }
        if (ColleagueFields.key(own).equals(ColleagueFields.key(email))) {
            throw new InvalidInput("email", email + " is your own address; add the people you want to keep in touch with");
        }
    }

    private static void tryField(Runnable check, List<String> problems) {
        try {
            check.run();
        } catch (InvalidInput e) {
            problems.add(e.getMessage());
        }
    }

    private Colleague setPaused(String accountId, String colleagueId, boolean paused) {
        Colleague colleague = find(accountId, colleagueId).withPaused(paused);
        colleagues.save(accountId, colleague);
        return colleague;
    }

    /**
     * One colleague of the account.
     *
     * @throws NotFound for an unknown colleague
     */
    public Colleague find(String accountId, String colleagueId) {
        return colleagues.find(accountId, colleagueId)
                .orElseThrow(() -> new NotFound("colleague " + colleagueId));
    }

    private static Colleague merge(Colleague existing, Checked checked) {
        Colleague merged = existing;
        if (checked.name.isPresent()) {
            merged = merged.withDisplayName(checked.name.get());
        }
        if (checked.zone.isPresent()) {
            merged = merged.withZone(checked.zone.get());
        }
        if (checked.cadence.isPresent()) {
            merged = merged.withCadence(checked.cadence.get());
        }
        return merged;
    }

    private static Checked check(ColleagueInput input) {
        String email = ColleagueFields.email(input.email());
        return new Checked(email, ColleagueFields.name(input.name()),
                input.timezone().filter(text -> !text.isBlank()).map(ColleagueFields::zone),
                input.cadence().filter(text -> !text.isBlank()).map(ColleagueFields::cadence));
    }

    private record Checked(String email, Optional<String> name, Optional<ZoneId> zone, Optional<Cadence> cadence) {
    }
}
