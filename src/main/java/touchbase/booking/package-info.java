/**
 * Booking touch-bases: proposals, book, skip, reschedule ("this and following"), change cadence, cancel; the
 * transactional outbox and its worker that write each change to Google exactly once.
 */
package touchbase.booking;
