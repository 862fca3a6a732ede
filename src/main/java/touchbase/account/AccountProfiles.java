package touchbase.account;

import java.util.Optional;
import touchbase.domain.AccountProfile;

/** Where accounts' identities are kept (port; the {@code storage} adapter implements it). */
public interface AccountProfiles {

    Optional<AccountProfile> byId(String id);

    Optional<AccountProfile> byGoogleSubject(String googleSubject);

    Optional<AccountProfile> byEmail(String email);

    /** Inserts the account or updates its identity and status; other settings of the account stay. */
    void save(AccountProfile profile);

    /** Marks the account {@code DISCONNECTED}; unknown ids are ignored. */
    void markDisconnected(String id);
}
