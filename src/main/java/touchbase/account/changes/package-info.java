/**
 * Which of an account's reads are still current: a version per account counted up by every write that
 * changes what the feed, the colleague list, the series list or the dashboard show, here and in the database.
 */
package touchbase.account.changes;
