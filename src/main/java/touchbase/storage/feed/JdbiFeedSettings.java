package touchbase.storage.feed;

import touchbase.storage.StorageException;
import touchbase.storage.Timestamps;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import touchbase.feed.FeedSettings;

/** The feed's settings in the account's row of {@code accounts} ({@code feed_shows_names}). */
public final class JdbiFeedSettings implements FeedSettings {

    private final Jdbi jdbi;

    public JdbiFeedSettings(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    @Override
    public boolean showsNames(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT feed_shows_names FROM accounts WHERE id = :id")
                .bind("id", accountId).mapTo(Boolean.class).findOne()).orElse(true);
    }

    @Override
    public void setShowsNames(String accountId, boolean showsNames) {
        int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE accounts SET feed_shows_names = :shows WHERE id = :id")
                .bind("shows", showsNames).bind("id", accountId).execute());
        if (updated == 0) {
            throw new StorageException("no account " + accountId + " to save feed settings for; sign in first");
        }
    }
}
