package touchbase.google.emulator.oauth;

import java.util.List;

/** A validated authorization request waiting for the person's Allow or Deny on the consent page. */
record AuthorizationRequest(String clientId, String redirectUri, List<String> scopes, String state,
                            String codeChallenge, String codeChallengeMethod, boolean offline,
                            boolean forceConsent, boolean includeGrantedScopes) {

    AuthorizationRequest withScopes(List<String> granted) {
        return new AuthorizationRequest(clientId, redirectUri, granted, state, codeChallenge, codeChallengeMethod,
                offline, forceConsent, includeGrantedScopes);
    }
}
