package touchbase.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import touchbase.account.AccountProfiles;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;

/**
 * Accounts' identity columns in the {@code accounts} table. Saving touches only identity and
 * connection status, so the planning preferences stored in the same row are left as they are.
 */
public final class JdbiAccountProfiles implements AccountProfiles {

    private static final String COLUMNS = "SELECT id, google_subject, email, display_name, time_zone, "
            + "connection_status FROM accounts ";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiAccountProfiles(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Optional<AccountProfile> byId(String id) {
        return findOne(COLUMNS + "WHERE id = :value", id);
    }

    @Override
    public Optional<AccountProfile> byGoogleSubject(String googleSubject) {
        return findOne(COLUMNS + "WHERE google_subject = :value", googleSubject);
    }

    @Override
    public Optional<AccountProfile> byEmail(String email) {
        return findOne(COLUMNS + "WHERE LOWER(email) = LOWER(:value)", email);
    }

    @Override
    public void save(AccountProfile profile) {
        String now = Timestamps.text(clock.instant());
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO accounts (id, google_subject, email, display_name, "
                        + "time_zone, connection_status, created_at, updated_at) "
                        + "VALUES (:id, :subject, :email, :name, :zone, :status, :now, :now) "
                        + "ON CONFLICT (id) DO UPDATE SET google_subject = excluded.google_subject, "
                        + "email = excluded.email, display_name = excluded.display_name, "
                        + "time_zone = excluded.time_zone, connection_status = excluded.connection_status, "
                        + "updated_at = excluded.updated_at")
                .bind("id", profile.id())
                .bind("subject", profile.googleSubject().orElse(null))
                .bind("email", profile.email())
                .bind("name", profile.displayName().orElse(null))
                .bind("zone", profile.timeZone().getId())
                .bind("status", statusText(profile.status()))
                .bind("now", now)
                .execute());
    }

    @Override
    public void markDisconnected(String id) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE accounts SET connection_status = :status, updated_at = :now "
                        + "WHERE id = :id")
                .bind("status", statusText(ConnectionStatus.DISCONNECTED))
                .bind("now", Timestamps.text(clock.instant()))
                .bind("id", id)
                .execute());
    }

    /** The connected account that signed in or changed last (for the command line, which has no session). */
    public Optional<AccountProfile> lastConnected() {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + "WHERE connection_status = :value ORDER BY updated_at DESC")
                .bind("value", statusText(ConnectionStatus.CONNECTED)).map(JdbiAccountProfiles::profile)
                .findFirst());
    }

    private Optional<AccountProfile> findOne(String sql, String value) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("value", value).map(JdbiAccountProfiles::profile)
                .findOne());
    }

    private static AccountProfile profile(ResultSet row, StatementContext ctx) throws SQLException {
        return new AccountProfile(row.getString("id"), Optional.ofNullable(row.getString("google_subject")),
                row.getString("email"), Optional.ofNullable(row.getString("display_name")),
                ZoneId.of(row.getString("time_zone")),
                ConnectionStatus.valueOf(row.getString("connection_status").toUpperCase(Locale.ROOT)));
    }

    private static String statusText(ConnectionStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
