package touchbase.google.emulator;

import tools.jackson.databind.node.ObjectNode;

/** An OAuth endpoint error: {@code {"error":"invalid_grant","error_description":"..."}} (RFC 6749 section 5.2). */
final class OAuthException extends RuntimeException {

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

    int status() {
        return status;
    }

    ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", getMessage());
        return body;
    }
}
