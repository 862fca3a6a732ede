package touchbase.google.emulator.seed;

import java.util.List;
import java.util.Objects;

/**
 * An OAuth client the emulator accepts. An empty {@code redirectUris} accepts any redirect URI
 * (handy when the app listens on port 0); otherwise the authorization request's redirect_uri
 * must be one of them, as Google requires.
 */
public record OAuthClientRegistration(String clientId, String clientSecret, List<String> redirectUris) {

    public OAuthClientRegistration {
        Objects.requireNonNull(clientId, "clientId must not be null");
        Objects.requireNonNull(clientSecret, "clientSecret must not be null");
        redirectUris = List.copyOf(Objects.requireNonNull(redirectUris, "redirectUris must not be null"));
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
    }

    public boolean allowsRedirect(String redirectUri) {
        return redirectUris.isEmpty() || redirectUris.contains(redirectUri);
    }
}
