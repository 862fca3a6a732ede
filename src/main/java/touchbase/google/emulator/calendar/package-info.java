/**
 * The Calendar API v3 under {@code /calendar/v3/}: routing, bearer-token checks, calendars.get and settings.get;
 * events and free/busy live in the packages below.
 */
package touchbase.google.emulator.calendar;
