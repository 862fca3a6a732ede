/**
 * The people one keeps in touch with: add, edit, pause, remove (with the series it cancels) and CSV import
 * with a per-line report. Owns the {@code Colleagues} port.
 */
package touchbase.colleagues;
