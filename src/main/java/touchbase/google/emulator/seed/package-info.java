/**
 * What an emulator starts with: the signed-in account and other people of a domain, the OAuth clients it
 * accepts and the events already on calendars; plain values, used by demo mode and by tests alike.
 */
package touchbase.google.emulator.seed;
