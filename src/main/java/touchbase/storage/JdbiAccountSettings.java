package touchbase.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import touchbase.account.AccountSettingsStore;
import touchbase.domain.AccountSettings;
import touchbase.domain.Cadence;
import touchbase.domain.Preferences;
import touchbase.domain.WorkingHours;

/**
 * Planning settings in the account's row of {@code accounts} and its {@code account_working_hours}.
 * The account row must exist (sign-in creates it). Durations are kept to the minute. Settings are
 * found only once saved: the row's column defaults are not settings a person chose.
 */
public final class JdbiAccountSettings implements AccountSettingsStore {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiAccountSettings(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Optional<AccountSettings> find(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE id = :id")
                .bind("id", accountId)
                .map((row, ctx) -> row.getBoolean("settings_saved") ? settings(h, row) : null)
                .findOne());
    }

    @Override
    public void save(String accountId, AccountSettings s) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE accounts SET settings_saved = :saved, working_hours_zone = :zone, "
                            + "preferred_days = :days, preferred_times = :times, buffer_minutes = :buffer, "
                            + "minimum_notice_minutes = :notice, max_per_day = :perDay, max_per_week = :perWeek, "
                            + "default_cadence = :cadence, default_duration_minutes = :duration, "
                            + "add_meet_link = :meet, updated_at = :now WHERE id = :id")
                    .bind("saved", true)
                    .bind("zone", s.zone().getId())
                    .bind("days", TextColumns.days(s.preferences().days()))
                    .bind("times", TextColumns.windows(s.preferences().times()))
                    .bind("buffer", s.bufferMinutes())
                    .bind("notice", Math.toIntExact(s.minimumNotice().toMinutes()))
                    .bind("perDay", s.maxPerDay())
                    .bind("perWeek", s.maxPerWeek())
                    .bind("cadence", s.defaultCadence().toRRule())
                    .bind("duration", Math.toIntExact(s.defaultDuration().toMinutes()))
                    .bind("meet", s.addMeetLink())
                    .bind("now", Timestamps.text(clock.instant()))
                    .bind("id", accountId)
                    .execute();
            if (updated == 0) {
                throw new StorageException("no account " + accountId + " to save settings for; sign in first");
            }
            WorkingHoursRows.ACCOUNT.replace(h, accountId, s.workingHours());
        });
    }

    private static AccountSettings settings(Handle h, ResultSet row) throws SQLException {
        WorkingHours hours = WorkingHoursRows.ACCOUNT.readOne(h, row.getString("id"),
                ZoneId.of(row.getString("working_hours_zone")));
        return new AccountSettings(
                hours,
                new Preferences(TextColumns.days(row.getString("preferred_days")),
                        TextColumns.windows(row.getString("preferred_times"))),
                row.getInt("buffer_minutes"),
                Duration.ofMinutes(row.getLong("minimum_notice_minutes")),
                row.getInt("max_per_day"),
                row.getInt("max_per_week"),
                Cadence.parseRRule(row.getString("default_cadence")),
                Duration.ofMinutes(row.getLong("default_duration_minutes")),
                row.getBoolean("add_meet_link"));
    }
}
