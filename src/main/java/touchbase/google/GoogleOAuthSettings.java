package touchbase.google;

import java.net.URI;
import java.util.Objects;

/**
 * What the OAuth client needs to talk to Google (or an emulator): the registered client, the
 * redirect URI Google sends the browser back to, and the endpoints. The secret is hidden in
 * {@link #toString()}.
 *
 * @param apiRoot root of Google's APIs, e.g. {@code https://www.googleapis.com/} ({@code calendar/v3/} is appended)
 */
public record GoogleOAuthSettings(String clientId, String clientSecret, URI redirectUri, URI authUri, URI tokenUri,
                                  URI revokeUri, URI userinfoUri, URI apiRoot) {

    public GoogleOAuthSettings {
        Objects.requireNonNull(clientId, "clientId must not be null");
        Objects.requireNonNull(clientSecret, "clientSecret must not be null");
        Objects.requireNonNull(redirectUri, "redirectUri must not be null");
        Objects.requireNonNull(authUri, "authUri must not be null");
        Objects.requireNonNull(tokenUri, "tokenUri must not be null");
        Objects.requireNonNull(revokeUri, "revokeUri must not be null");
        Objects.requireNonNull(userinfoUri, "userinfoUri must not be null");
        Objects.requireNonNull(apiRoot, "apiRoot must not be null");
    }

    public GoogleOAuthSettings withRedirectUri(URI newRedirectUri) {
        return new GoogleOAuthSettings(clientId, clientSecret, newRedirectUri, authUri, tokenUri, revokeUri,
                userinfoUri, apiRoot);
    }

    @Override
    public String toString() {
        return "GoogleOAuthSettings[clientId=" + clientId + ", clientSecret=***, redirectUri=" + redirectUri
                + ", authUri=" + authUri + ", tokenUri=" + tokenUri + ", revokeUri=" + revokeUri
                + ", userinfoUri=" + userinfoUri + ", apiRoot=" + apiRoot + "]";
    }
}
