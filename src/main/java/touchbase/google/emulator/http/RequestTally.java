package touchbase.google.emulator.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * How many HTTP requests the emulator has answered, by method and path shape (ids replaced by
 * {@code {id}}, so {@code POST /calendar/v3/calendars/{id}/events}), for benchmarks that report what a
 * piece of work costs in Google calls. Served by {@link EmulatorServer} at {@value #PATH}, which is no
 * Google path and is not counted itself.
 */
public final class RequestTally {

    /** Where {@link EmulatorServer} answers the tally as a JSON object of counts. */
    public static final String PATH = "/_emulator/requests";

    private static final Set<String> WORDS = Set.of("o", "oauth2", "v2", "v3", "auth", "token", "revoke",
            "userinfo", "calendar", "calendars", "events", "instances", "freeBusy", "users", "me", "settings",
            "primary", "batch");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Counts one request. */
    public void count(String method, List<String> segments) {
        counts.computeIfAbsent(key(method, segments), k -> new LongAdder()).increment();
    }

    /** The counts so far, sorted by key. */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((key, adder) -> snapshot.put(key, adder.sum()));
        return snapshot;
    }

    static String key(String method, List<String> segments) {
        return method + " /" + segments.stream().map(s -> WORDS.contains(s) ? s : "{id}")
                .collect(Collectors.joining("/"));
    }
}
