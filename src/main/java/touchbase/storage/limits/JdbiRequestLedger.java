package touchbase.storage.limits;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import touchbase.account.limits.RequestLedger;
import touchbase.storage.Timestamps;

/**
 * Budgets and leases as rows, each change one statement ({@code INSERT ... ON CONFLICT DO UPDATE}, the
 * same on SQLite and PostgreSQL), so concurrent instances count against the same row.
 */
public final class JdbiRequestLedger implements RequestLedger {

    private final Jdbi jdbi;

    public JdbiRequestLedger(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    @Override
    public Window spend(String key, Instant now, Instant staleFrom) {
        String stale = "request_budgets.window_start <= :stale";
        return jdbi.withHandle(h -> h.createQuery("INSERT INTO request_budgets (budget_key, window_start, spent) "
                        + "VALUES (:key, :now, 1) ON CONFLICT (budget_key) DO UPDATE SET "
                        + "spent = CASE WHEN " + stale + " THEN 1 ELSE request_budgets.spent + 1 END, "
                        + "window_start = CASE WHEN " + stale + " THEN :now ELSE request_budgets.window_start END "
                        + "RETURNING window_start, spent")
                .bind("key", key)
                .bind("now", Timestamps.text(now))
                .bind("stale", Timestamps.text(staleFrom))
                .map((row, ctx) -> new Window(Timestamps.instant(row.getString("window_start")), row.getInt("spent")))
                .one());
    }

    @Override
    public boolean acquire(String key, String holder, Instant now, Instant until) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO request_leases (lease_key, holder, expires_at) "
                        + "VALUES (:key, :holder, :until) ON CONFLICT (lease_key) DO UPDATE SET "
                        + "holder = excluded.holder, expires_at = excluded.expires_at "
                        + "WHERE request_leases.expires_at <= :now")
                .bind("key", key)
                .bind("holder", holder)
                .bind("until", Timestamps.text(until))
                .bind("now", Timestamps.text(now))
                .execute()) == 1;
    }

    @Override
    public Optional<Instant> heldUntil(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT expires_at FROM request_leases WHERE lease_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne()
                .map(Timestamps::instant));
    }

    @Override
    public void release(String key, String holder) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM request_leases WHERE lease_key = :key AND holder = :holder")
                .bind("key", key)
                .bind("holder", holder)
                .execute());
    }

    @Override
    public void purge(Instant now, Instant staleFrom) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM request_leases WHERE expires_at <= :now")
                    .bind("now", Timestamps.text(now)).execute();
            h.createUpdate("DELETE FROM request_budgets WHERE window_start <= :stale")
                    .bind("stale", Timestamps.text(staleFrom)).execute();
        });
    }
}
