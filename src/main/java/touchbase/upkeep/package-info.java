/**
 * Keeping booked series healthy: recheck (incremental sync with Google plus free/busy; moves occurrences that
 * now clash or were declined), and relationships (last and next touch-base, overdue, attention).
 */
package touchbase.upkeep;
