/**
 * The iCalendar feed (RFC 5545, RFC 7986) and {@code .ics} files: secret feed tokens, rendering with ical4j
 * (the only package that imports it, besides the emulator), the per-account cache and the HTTP caching rules.
 */
package touchbase.feed;
