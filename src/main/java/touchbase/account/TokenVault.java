package touchbase.account;

import java.util.Optional;
import touchbase.domain.GoogleTokens;

/**
 * Where each account's Google tokens are kept, encrypted at rest (port). The vault stores what it is
 * given; the rule that a refresh token is never replaced by nothing belongs to the caller
 * ({@link GoogleTokens#updatedWith}).
 */
public interface TokenVault {

    void save(String accountId, GoogleTokens tokens);

    Optional<GoogleTokens> load(String accountId);

    void delete(String accountId);
}
