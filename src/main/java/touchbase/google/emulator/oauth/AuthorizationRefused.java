package touchbase.google.emulator.oauth;

import touchbase.google.emulator.http.EmulatorException;
import touchbase.google.emulator.http.EmulatorResponse;

/**
 * An authorization request Google would not show a consent screen for: answered with an HTML
 * error page ("Access blocked"), never a redirect, since the redirect URI may not be trusted.
 */
final class AuthorizationRefused extends EmulatorException {

    private final int status;
    private final String error;

    AuthorizationRefused(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    static AuthorizationRefused invalidRequest(String detail) {
        return new AuthorizationRefused(400, "invalid_request", detail);
    }

    @Override
    public EmulatorResponse response() {
        return EmulatorResponse.html(status, ConsentPage.error("Error " + status + ": " + error, getMessage()));
    }
}
