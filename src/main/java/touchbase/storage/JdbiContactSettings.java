package touchbase.storage;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import touchbase.upkeep.ContactPreferences;
import touchbase.upkeep.ContactSettings;

/** How each account wants last contact shown and judged, in {@code contact_settings}; defaults when never saved. */
public final class JdbiContactSettings implements ContactSettings {

    private final Jdbi jdbi;

    public JdbiContactSettings(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    @Override
    public ContactPreferences of(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT show_meeting_titles, grace_days, lookback_days "
                        + "FROM contact_settings WHERE account_id = :account")
                .bind("account", accountId)
                .map((row, ctx) -> new ContactPreferences(row.getBoolean("show_meeting_titles"),
                        row.getInt("grace_days"), row.getInt("lookback_days")))
                .findOne())
                .orElse(ContactPreferences.defaults());
    }

    @Override
    public void save(String accountId, ContactPreferences preferences) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO contact_settings (account_id, show_meeting_titles, "
                        + "grace_days, lookback_days) VALUES (:account, :titles, :grace, :lookback) "
                        + "ON CONFLICT (account_id) DO UPDATE SET show_meeting_titles = excluded.show_meeting_titles, "
                        + "grace_days = excluded.grace_days, lookback_days = excluded.lookback_days")
                .bind("account", accountId)
                .bind("titles", preferences.showMeetingTitles())
                .bind("grace", preferences.graceDays())
                .bind("lookback", preferences.lookbackDays())
                .execute());
    }
}
