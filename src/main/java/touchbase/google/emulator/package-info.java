/**
 * The built-in Google of demo mode and tests: {@link touchbase.google.emulator.GoogleEmulator} starts one HTTP server
 * that routes Google's OAuth and Calendar v3 paths to the sub-packages below, built from the seed it is given.
 */
package touchbase.google.emulator;
