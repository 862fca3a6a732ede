/**
 * Zone inference, part of the pure planner: the IANA zone in which someone's busy time best fits a
 * working day, with how sure it is; a zone's offset changes over a span, listed once for the
 * planner's grid; the grid starts of a steady day that lie in someone's working hours; and which
 * zones a person can be in at all ({@link touchbase.planning.zones.TimeZones}: Java's zone database,
 * not a calendar library's own). Imports
 * only {@code java.*} and {@code domain}.
 */
package touchbase.planning.zones;
