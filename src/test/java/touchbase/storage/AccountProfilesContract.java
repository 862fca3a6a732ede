package touchbase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import touchbase.domain.AccountProfile;
import touchbase.domain.ConnectionStatus;

/** {@link JdbiAccountProfiles} on any database: identity saved and found, preferences left alone. */
abstract class AccountProfilesContract extends StorageContract {

    private JdbiAccountProfiles accounts;

    @Override
    void createAdapters() {
        accounts = new JdbiAccountProfiles(database().jdbi(),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
    }

    private static AccountProfile ada(String email, ZoneId zone) {
        return new AccountProfile("a1", Optional.of("sub-ada"), email, Optional.of("Ada"), zone,
                ConnectionStatus.CONNECTED);
    }

    @Test
    void aSavedAccountIsFoundByIdSubjectAndEmail() {
        AccountProfile ada = ada("ada@example.com", ZoneId.of("Europe/London"));
        accounts.save(ada);

        assertThat(accounts.byId("a1")).contains(ada);
        assertThat(accounts.byGoogleSubject("sub-ada")).contains(ada);
        assertThat(accounts.byEmail("ADA@example.com")).contains(ada);
    }

    @Test
    void savingAgainUpdatesTheIdentityAndKeepsThePlanningPreferences() {
        accounts.save(ada("ada@example.com", ZoneId.of("Europe/London")));
        database().jdbi().useHandle(h -> h.execute("UPDATE accounts SET max_per_day = 5 WHERE id = 'a1'"));

        accounts.save(ada("ada@new.example", ZoneId.of("America/New_York")));

        assertThat(accounts.byId("a1").orElseThrow().email()).isEqualTo("ada@new.example");
        assertThat(accounts.byId("a1").orElseThrow().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        int maxPerDay = database().jdbi().withHandle(h -> h.createQuery("SELECT max_per_day FROM accounts")
                .mapTo(Integer.class).one());
        assertThat(maxPerDay).isEqualTo(5);
    }

    @Test
    void keepsADisplayNameOfAnyLength() {
        AccountProfile longName = new AccountProfile("a1", Optional.of("sub-ada"), "ada@example.com",
                Optional.of("Ada ".repeat(100).strip()), ZoneId.of("Europe/London"), ConnectionStatus.CONNECTED);

        accounts.save(longName);

        assertThat(accounts.byId("a1")).contains(longName);
    }

    @Test
    void markingDisconnectedChangesOnlyTheStatus() {
        accounts.save(ada("ada@example.com", ZoneId.of("Europe/London")));

        accounts.markDisconnected("a1");

        assertThat(accounts.byId("a1").orElseThrow().status()).isEqualTo(ConnectionStatus.DISCONNECTED);
    }
}
