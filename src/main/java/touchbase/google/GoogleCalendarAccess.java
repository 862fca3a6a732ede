package touchbase.google;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.services.calendar.Calendar;
import java.time.Instant;
import java.util.Objects;
import touchbase.domain.Interval;
import touchbase.upkeep.PastMeetings;
import java.util.Optional;
import touchbase.account.AccessTokens;
import touchbase.account.AccountProfiles;
import touchbase.account.CalendarAccess;
import touchbase.booking.CalendarEvents;
import touchbase.account.TokenVault;
import touchbase.domain.AccountProfile;
import touchbase.domain.CalendarProblem;
import touchbase.domain.GoogleTokens;
import touchbase.planning.BusyTimes;

/**
 * Reaches a signed-in person's Google Calendar with their stored tokens: a fresh access token from
 * {@link AccessTokens}, and the client's own refresh after a 401 saved back to the vault. A refused
 * refresh ({@code invalid_grant}) disconnects the account.
 */
public final class GoogleCalendarAccess implements CalendarAccess, PastMeetings {

    private final GoogleCalendarClientFactory clients;
    private final AccessTokens accessTokens;
    private final TokenVault vault;
    private final AccountProfiles accounts;

    public GoogleCalendarAccess(GoogleCalendarClientFactory clients, AccessTokens accessTokens, TokenVault vault,
            AccountProfiles accounts) {
        this.clients = Objects.requireNonNull(clients, "clients must not be null");
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens must not be null");
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
    }

    @Override
    public String calendarId(String accountId) {
        return accounts.byId(accountId).map(AccountProfile::email).orElseThrow(() -> mustReconnect(accountId));
    }

    @Override
    public Optional<String> ownerName(String accountId) {
        return accounts.byId(accountId).flatMap(AccountProfile::displayName);
    }

    @Override
    public CalendarEvents events(String accountId) {
        return new GoogleCalendarEvents(calendar(accountId));
    }

    @Override
    public BusyTimes busyTimes(String accountId) {
        return new GoogleBusyTimes(calendar(accountId));
    }

    @Override
    public PastMeetings.Read read(String accountId, String calendarId, Optional<String> syncToken, Interval window) {
        return new GoogleMeetingReads(calendar(accountId)).read(calendarId, syncToken, window);
    }

    private Calendar calendar(String accountId) {
        String accessToken = accessTokens.validAccessToken(accountId).orElseThrow(() -> mustReconnect(accountId));
        GoogleTokens stored = vault.load(accountId).orElseThrow(() -> mustReconnect(accountId));
        String refreshToken = stored.refreshToken().orElseThrow(() -> mustReconnect(accountId));
        CalendarCredentials tokens = new CalendarCredentials(Optional.of(accessToken), refreshToken, Optional.of(stored.expiresAt()));
        return clients.calendarFor(tokens, new SaveRefreshedTokens(accountId));
    }

    private static CalendarProblem mustReconnect(String accountId) {
        return new CalendarProblem(CalendarProblem.Kind.ACCESS_REVOKED,
                "Touchbase has no access to this Google Calendar any more: reconnect Google Calendar", null, null);
    }

    /** Keeps the vault in step with refreshes the Google client makes by itself after a 401. */
    private final class SaveRefreshedTokens implements CredentialRefreshListener {
        private final String accountId;

        SaveRefreshedTokens(String accountId) {
            this.accountId = accountId;
        }

        @Override
        public void onTokenResponse(Credential credential, TokenResponse response) {
            vault.load(accountId).ifPresent(old -> vault.save(accountId, old.updatedWith(new GoogleTokens(
                    response.getAccessToken(), Optional.ofNullable(response.getRefreshToken()),
                    Instant.ofEpochMilli(Objects.requireNonNullElse(credential.getExpirationTimeMilliseconds(), 0L)),
                    old.grantedScopes()))));
        }

        @Override
        public void onTokenErrorResponse(Credential credential, TokenErrorResponse error) {
            if (error != null && "invalid_grant".equals(error.getError())) {
                vault.delete(accountId);
                accounts.markDisconnected(accountId);
            }
        }
    }
}
