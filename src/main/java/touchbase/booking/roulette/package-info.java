/**
 * Booking a group's coffee roulette: each period's pairs met once each as single Google events
 * (through the outbox, like series), listing them, and cancelling the ones ahead.
 */
package touchbase.booking.roulette;
