/**
 * The demo world: a London account, eight colleagues in seven time zones and half a year of plausible,
 * deterministic working weeks; seed content only, apart from the API it is served through.
 */
package touchbase.google.emulator.demo;
