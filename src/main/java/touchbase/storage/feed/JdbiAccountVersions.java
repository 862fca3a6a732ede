package touchbase.storage.feed;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import touchbase.account.changes.AccountVersions;

/** The feed's version in the account's row of {@code accounts} ({@code feed_version}, migration 19). */
public final class JdbiAccountVersions implements AccountVersions {

    private final Jdbi jdbi;

    public JdbiAccountVersions(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    @Override
    public long current(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT feed_version FROM accounts WHERE id = :id")
                .bind("id", accountId).mapTo(Long.class).findOne()).orElse(0L);
    }

    /** One atomic increment: concurrent writers on any instance each count. */
    @Override
    public void advance(String accountId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE accounts SET feed_version = feed_version + 1 WHERE id = :id")
                .bind("id", accountId).execute());
    }
}
