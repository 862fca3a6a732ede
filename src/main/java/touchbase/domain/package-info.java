/**
 * The values Touchbase is about, in the user's words: {@code Colleague}, {@code Cadence} and
 * {@code SeriesRule} (the one recurrence model: they write and read their RRULE), {@code TouchBase},
 * {@code WorkingHours}, {@code FreeBusy}, account settings, and the root exception. Imports only {@code java.*}.
 */
package touchbase.domain;
