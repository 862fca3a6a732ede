package touchbase.google.emulator.oauth;

/** The token endpoint's outcome: a new access token for a grant (which may carry a refresh token). */
record TokenGrantResult(String accessToken, TokenRegistry.Grant grant) {
}
