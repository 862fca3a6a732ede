/**
 * Coffee roulette: which members of a group meet in pairs each period, rotated so every pair meets once
 * per round. Pure: imports only {@code java.*}.
 */
package touchbase.planning.roulette;
