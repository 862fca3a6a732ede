/**
 * The Events resource: insert, get, list (paging, sync tokens), patch, update, delete, the instances of
 * recurring events and Meet conferences, over the in-memory store of every calendar.
 */
package touchbase.google.emulator.calendar.events;
