package touchbase.config;

import java.net.URI;
import java.util.Objects;

/**
 * Where Google lives. Every URL is configuration so that tests and demo mode can point the real
 * Google client at an emulator; the defaults are Google's production endpoints.
 */
public record GoogleEndpoints(URI authUri, URI tokenUri, URI revokeUri, URI apiRoot, URI userinfoUri) {

    public static final URI DEFAULT_AUTH_URI = URI.create("https://accounts.google.com/o/oauth2/v2/auth");
    public static final URI DEFAULT_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");
    public static final URI DEFAULT_REVOKE_URI = URI.create("https://oauth2.googleapis.com/revoke");
    public static final URI DEFAULT_API_ROOT = URI.create("https://www.googleapis.com/");
    public static final URI DEFAULT_USERINFO_URI = URI.create("https://openidconnect.googleapis.com/v1/userinfo");

    public GoogleEndpoints {
        Objects.requireNonNull(authUri, "authUri must not be null");
        Objects.requireNonNull(tokenUri, "tokenUri must not be null");
        Objects.requireNonNull(revokeUri, "revokeUri must not be null");
        Objects.requireNonNull(apiRoot, "apiRoot must not be null");
        Objects.requireNonNull(userinfoUri, "userinfoUri must not be null");
    }

    public static GoogleEndpoints google() {
        return new GoogleEndpoints(DEFAULT_AUTH_URI, DEFAULT_TOKEN_URI, DEFAULT_REVOKE_URI, DEFAULT_API_ROOT,
                DEFAULT_USERINFO_URI);
    }
}
