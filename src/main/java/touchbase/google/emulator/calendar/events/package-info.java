/**
 * The Events resource: insert, get, list (paging, sync tokens), patch, update, delete, instances of recurring
 * events (RRULE and EXRULE expanded by ical4j), Meet conferences, over the in-memory store of every calendar.
 */
package touchbase.google.emulator.calendar.events;
