package touchbase.google.emulator.oauth;

import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.EmulatorException;
import touchbase.google.emulator.http.EmulatorResponse;
import touchbase.google.emulator.http.Json;

/** An OAuth endpoint error: {@code {"error":"invalid_grant","error_description":"..."}} (RFC 6749 section 5.2). */
final class OAuthException extends EmulatorException {

    private final int status;
    private final String error;

    OAuthException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static OAuthException invalidGrant(String description) {
        return new OAuthException(400, "invalid_grant", description);
    }

    static OAuthException expiredOrRevoked() {
        return invalidGrant("Token has been expired or revoked.");
    }

    @Override
    public EmulatorResponse response() {
        return EmulatorResponse.json(status, body());
    }

    private ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", getMessage());
        return body;
    }
}
