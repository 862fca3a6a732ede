/**
 * Storage of groups of colleagues (team virtual coffee): {@code colleague_groups} and their members.
 * A group's series lives in {@code touch_base_series} with its {@code group_id}, like a pair's.
 */
package touchbase.storage.groups;
