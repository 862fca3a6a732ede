/**
 * The Google adapter: OAuth (authorization code + PKCE), the Calendar gateway behind the capabilities' ports
 * (events, free/busy, sync) with retries; {@code google.emulator} is the built-in Google of demo mode and tests.
 */
package touchbase.google;
