/**
 * Google's OAuth 2.0 and OpenID endpoints: consent page, token (codes, PKCE, refresh), revoke, userinfo,
 * and the registry of codes, grants, tokens and scopes that the Calendar API checks.
 */
package touchbase.google.emulator.oauth;
