/**
 * The pure planner: finds a recurring slot that suits both people over the horizon (working hours, zones,
 * buffers, caps, preferences) and says why when nothing fits. Imports only {@code java.*} and {@code domain}.
 */
package touchbase.planning;
