/**
 * Signing in with Google (PKCE, state), web sessions, the account's settings and preferences, idempotent
 * answers, and the ports for the encrypted token vault and the person's calendar access.
 */
package touchbase.account;
