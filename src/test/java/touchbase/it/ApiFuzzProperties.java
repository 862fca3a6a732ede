package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.json.JsonMapper;
import touchbase.web.WebApp;

/**
 * Bad input on every write of the JSON API and on CSV import (issue 15, "Bad input"), as a property:
 * random JSON (wrong types, huge strings, nulls, numbers past 64 bits, nested junk), malformed JSON and
 * binary, on every POST, PUT and PATCH under {@code /api/}, against the real service in demo mode. No
 * answer is a 5xx, and an input refused with a 4xx changes nothing the API shows.
 */
class ApiFuzzProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIELDS = List.of("email", "name", "cadence", "notes", "timezone", "timeZone",
            "priority", "paused", "colleagueId", "colleagueIds", "start", "date", "rrule", "acceptStretch",
            "workingHours", "maxPerDay", "maxPerWeek", "bufferMinutes", "minimumNoticeHours", "defaultCadence",
            "defaultDurationMinutes", "preferredDays", "preferredTimes", "addMeetLink", "graceDays",
            "showMeetingTitles", "showsNames", "junk");
    private static final List<String> WRITES = List.of("PUT /api/me/preferences", "POST /api/colleagues",
            "POST /api/colleagues/import", "PUT /api/colleagues/{colleague}", "PATCH /api/colleagues/{colleague}",
            "POST /api/colleagues/{colleague}/just-met", "POST /api/plan", "POST /api/touchbases",
            "POST /api/touchbases/{series}/skip", "POST /api/touchbases/{series}/reschedule", "POST /api/recheck",
            "PUT /api/feed", "PATCH /api/me/preferences");

    private static DemoSession demo;
    private static String colleagueId;
    private static String seriesId;

    @BeforeContainer
    static void startTheServiceWithOneBookedColleague() throws Exception {
        demo = new DemoSession(Files.createTempDirectory("touchbase-fuzz"));
        var series = demo.bookedSeries("ana.fuzz@example.com", "Ana", "monthly");
        seriesId = series.get("id").asString();
        colleagueId = series.get("colleagueId").asString();
    }

    @AfterContainer
    static void stopTheService() {
        demo.close();
    }

    @Property(tries = 150)
    void noWriteAnswers5xxAndARefusedOneChangesNothing(@ForAll("writes") String write, @ForAll("ids") String id,
            @ForAll("bodies") Body body) {
        String[] methodAndPath = write.split(" ");
        String path = methodAndPath[1].replace("{colleague}", id.equals("known") ? colleagueId : id)
                .replace("{series}", id.equals("known") ? seriesId : id);
        assertNoServerErrorAndNoChangeOnRefusal(methodAndPath[0], path, "application/json", body.bytes());
    }

    @Property(tries = 60)
    void csvImportAnswersNo5xxAndARefusedOneChangesNothing(@ForAll("csv") Body csv) {
        assertNoServerErrorAndNoChangeOnRefusal("POST", "/api/colleagues/import", "text/csv", csv.bytes());
    }

    /**
     * A body as sent. jqwik reports a failing sample with {@code toString}: a byte array would be reported
     * byte by byte, and a megabyte body then takes more memory to report than the test has.
     */
    record Body(byte[] bytes) {
        /**
         * Bodies past the limit are answered 413 ({@code WebLimits_BodySizeTest}), and the server may close the
         * connection before the client has sent them all: that is HTTP's way, not a fault to find here.
         */
        boolean withinTheLimit() {
            return bytes.length <= WebApp.MAX_REQUEST_BYTES;
        }

        @Override
        public String toString() {
            return bytes.length + " bytes: " + new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
        }
    }

    private static void assertNoServerErrorAndNoChangeOnRefusal(String method, String path, String type, byte[] body) {
        String before = settledSnapshot();
        HttpResponse<String> answer = send(method, path, type, body);
        String sent = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);

        assertThat(answer.statusCode()).as("%s %s with %s answered %s", method, path, sent, answer.body())
                .isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(snapshot()).as("%s %s refused (%s) but changed what the API shows", method, path,
                    answer.statusCode()).isEqualTo(before);
        }
    }

    /** What the API shows of the account once the background writes to Google are done. */
    private static String settledSnapshot() {
        String snapshot = snapshot();
        for (int i = 0; i < 100 && snapshot.contains("\"status\":\"pending\""); i++) {
            sleep();
            snapshot = snapshot();
        }
        return snapshot;
    }

    private static String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String read : List.of("/api/me", "/api/colleagues", "/api/touchbases", "/api/feed")) {
            all.append(read).append(' ').append(demo.api("GET", read, null).body()).append('\n');
        }
        return all.toString();
    }

    private static HttpResponse<String> send(String method, String path, String type, byte[] body) {
        URI uri;
        try {
            uri = URI.create(demo.base + path);
        } catch (IllegalArgumentException unencodable) {
            uri = URI.create(demo.base + "/api/colleagues/" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
        return demo.send(HttpRequest.newBuilder(uri).header("Content-Type", type).header("X-CSRF-Token", demo.csrf)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Provide
    Arbitrary<String> writes() {
        return Arbitraries.of(WRITES);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("known")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(5000), "0",
                        "-1", "18446744073709551621", "%E2%80%AE", "null")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40)));
    }

    @Provide
    Arbitrary<Body> bodies() {
        return Arbitraries.<byte[]>frequencyOf(
                net.jqwik.api.Tuple.of(6, objects().map(ApiFuzzProperties::json)),
                net.jqwik.api.Tuple.of(2, value(2).map(ApiFuzzProperties::json)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("{", "{\"email\":", "[1,2", "nul", "{\"a\":1}}", "",
                        "{\"name\":\"\\ud800\"}", "{\"priority\":1e400}", "{\"a\":tru}").map(ApiFuzzProperties::utf8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000))).map(Body::new)
                .filter(Body::withinTheLimit);
    }

    @Provide
    Arbitrary<Body> csv() {
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of("ana@example.com", "Ana", "weekly", "monthly",
                        "Europe/Berlin", "Mars/Olympus", "not-an-email", "", "5", "18446744073709551621")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\"broken", "a\"b", "\"\"\"", "x\ny", "\u0000")),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(201, 3000).map("n"::repeat)));
        Arbitrary<String> line = cell.list().ofMinSize(0).ofMaxSize(7).map(cells -> String.join(",", cells));
        Arbitrary<String> header = Arbitraries.of("email,name,cadence", "name,email", "email", "", "a,b,c,d,e,f,g",
                "email,name,timezone,cadence,priority,notes");
        Arbitrary<String> lines = Combinators.combine(header, line.list().ofMaxSize(30))
                .as((h, ls) -> h + "\n" + String.join("\n", ls));
        Arbitrary<String> shortLine = Arbitraries.of("ana@example.com,Ana,weekly", "x", "\"broken,a", ",,,,",
                "not-an-email,Ana,monthly");
        Arbitrary<String> manyLines = Combinators.combine(header, shortLine, Arbitraries.integers().between(4_000, 10_000))
                .as((h, l, count) -> h + "\n" + String.join("\n", java.util.Collections.nCopies(count, l)));
        return Arbitraries.<byte[]>frequencyOf(
                net.jqwik.api.Tuple.of(8, lines.map(ApiFuzzProperties::utf8)),
                net.jqwik.api.Tuple.of(1, manyLines.map(ApiFuzzProperties::utf8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000))).map(Body::new)
                .filter(Body::withinTheLimit);
    }

    private static Arbitrary<Map<String, Object>> objects() {
        return Combinators.combine(Arbitraries.of(FIELDS), value(2)).as(java.util.AbstractMap.SimpleEntry::new).list().ofMaxSize(6)
                .map(entries -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    entries.forEach(e -> object.put(e.getKey(), e.getValue()));
                    return object;
                });
    }

    private static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("weekly", "monthly", "every two weeks", "Europe/Berlin",
                        "Mars/Olympus", "lena@example.com", "not-an-email", "2026-12-10T10:00:00Z",
                        "+999999999-01-01T00:00:00Z", "2026-13-45", "", " ", "09:00-17:00", "17:00-09:00", "MONDAY")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(201, 400_000).map("z"::repeat)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(new BigInteger("18446744073709551621"), 1e308, -0.0, 0.5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar),
                net.jqwik.api.Tuple.of(1, value(depth - 1).list().ofMaxSize(4).map(list -> (Object) list)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(FIELDS), value(depth - 1)).as(
                        (k, v) -> (Object) java.util.Collections.singletonMap(k, v))));
    }

    private static byte[] json(Object value) {
        return utf8(JSON.writeValueAsString(value));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
