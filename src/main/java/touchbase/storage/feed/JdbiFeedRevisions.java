package touchbase.storage.feed;

import touchbase.storage.StorageException;
import touchbase.storage.Timestamps;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import touchbase.feed.FeedRevisions;

/** Series revisions as the feed published them, in {@code feed_revisions}; one transaction per account. */
public final class JdbiFeedRevisions implements FeedRevisions {

    private final Jdbi jdbi;

    public JdbiFeedRevisions(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
    }

    private record Stored(String fingerprint, Revision revision) {
    }

    @Override
    public Map<String, Revision> revise(String accountId, Map<String, String> fingerprints, Instant now) {
        return jdbi.inTransaction(h -> {
            Map<String, Stored> stored = new HashMap<>();
            h.createQuery("SELECT series_id, fingerprint, revision, revised_at FROM feed_revisions "
                            + "WHERE account_id = :account")
                    .bind("account", accountId)
                    .map((row, ctx) -> Map.entry(row.getString("series_id"), new Stored(row.getString("fingerprint"),
                            new Revision(row.getInt("revision"), Timestamps.instant(row.getString("revised_at"))))))
                    .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
            Map<String, Revision> answer = new HashMap<>();
            fingerprints.forEach((seriesId, fingerprint) -> {
                Stored known = stored.get(seriesId);
                if (known != null && known.fingerprint().equals(fingerprint)) {
                    answer.put(seriesId, known.revision());
                    return;
                }
                Revision next = known == null ? new Revision(0, now) : new Revision(known.revision().number() + 1, now);
                String sql = known == null
                        ? "INSERT INTO feed_revisions (series_id, account_id, fingerprint, revision, revised_at) "
                                + "VALUES (:series, :account, :fingerprint, :revision, :at)"
                        : "UPDATE feed_revisions SET fingerprint = :fingerprint, revision = :revision, revised_at = :at "
                                + "WHERE series_id = :series AND account_id = :account";
                h.createUpdate(sql).bind("series", seriesId).bind("account", accountId).bind("fingerprint", fingerprint)
                        .bind("revision", next.number()).bind("at", Timestamps.text(now)).execute();
                answer.put(seriesId, next);
            });
            return answer;
        });
    }
}
