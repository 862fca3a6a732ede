/**
 * Zone inference, part of the pure planner: the IANA zone in which someone's busy time best fits a
 * working day, with how sure it is. Imports only {@code java.*} and {@code domain}.
 */
package touchbase.planning.zones;
