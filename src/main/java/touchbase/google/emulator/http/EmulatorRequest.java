package touchbase.google.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the emulator's handlers see it: the effective method (honouring
 * {@code X-HTTP-Method-Override}, which google-http-client's NetHttpTransport uses for PATCH),
 * the decoded path segments, query parameters, lower-cased headers and the body text.
 */
public record EmulatorRequest(String method, List<String> segments, QueryParams query,
                       Map<String, String> headers, String body) {

    public String header(String name) {
        return headers.get(name.toLowerCase());
    }

    /** The body read as {@code application/x-www-form-urlencoded}, merged over the query. */
    public QueryParams form() {
        Map<String, List<String>> values = new LinkedHashMap<>(query.values());
        values.putAll(parse(body));
        return new QueryParams(values);
    }

    static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
