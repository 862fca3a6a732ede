/**
 * freebusy.query: busy periods of each requested calendar from the events it organizes or attends,
 * merged and clipped to the range, with Google's limits.
 */
package touchbase.google.emulator.calendar.freebusy;
