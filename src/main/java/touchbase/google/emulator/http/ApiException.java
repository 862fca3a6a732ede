package touchbase.google.emulator.http;

import tools.jackson.databind.node.ObjectNode;

/**
 * A Calendar API error, rendered as Google's JSON error body:
 * {@code {"error":{"code":400,"message":"...","errors":[{"domain":"global","reason":"...","message":"..."}],"status":"INVALID_ARGUMENT"}}}
 * (Calendar API guide "Handle API errors").
 */
public final class ApiException extends EmulatorException {

    private final int code;
    private final String domain;
    private final String reason;

    public ApiException(int code, String domain, String reason, String message) {
        super(message);
        this.code = code;
        this.domain = domain;
        this.reason = reason;
    }

    public static ApiException badRequest(String reason, String message) {
        return new ApiException(400, "global", reason, message);
    }

    public static ApiException notFound() {
        return new ApiException(404, "global", "notFound", "Not Found");
    }

    public static ApiException unauthenticated() {
        return new ApiException(401, "global", "authError", "Invalid Credentials");
    }

    public static ApiException insufficientScopes() {
        return new ApiException(403, "global", "insufficientPermissions",
                "Request had insufficient authentication scopes.");
    }

    public static ApiException noWriteAccess() {
        return new ApiException(403, "global", "requiredAccessLevel",
                "You need to have writer access to this calendar.");
    }


    /** Google's error body, plus {@code WWW-Authenticate} on 401 as Google sends it. */
    @Override
    public EmulatorResponse response() {
        EmulatorResponse response = EmulatorResponse.json(code, body());
        return code != 401 ? response : response.withHeader("WWW-Authenticate",
                "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    }

    private ObjectNode body() {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", getMessage());
        ObjectNode detail = error.putArray("errors").addObject();
        detail.put("domain", domain);
        detail.put("reason", reason);
        detail.put("message", getMessage());
        if (code == 401) {
            detail.put("location", "Authorization");
            detail.put("locationType", "header");
        }
        String status = status(code);
        if (status != null) {
            error.put("status", status);
        }
        ObjectNode root = Json.object();
        root.set("error", error);
        return root;
    }

    private static String status(int code) {
        return switch (code) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 409 -> "ALREADY_EXISTS";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 500 -> "INTERNAL";
            case 503 -> "UNAVAILABLE";
            default -> null;
        };
    }
}
