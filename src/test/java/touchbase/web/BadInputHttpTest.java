package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The input limits over the API (issue 15, "Bad input"): each answered 400 naming the field, and nothing
 * is stored. (Notes and numbers past 64 bits: {@code ColleagueBookTest}, {@code JsonBody_NumbersTest}.)
 */
class BadInputHttpTest extends StubbedGoogleCase {

    private String cookie;
    private String csrf;

    @BeforeEach
    void signIn() {
        cookie = app.signIn();
        csrf = app.csrfToken(cookie);
    }

    private void assertRefused(String path, String body, String field, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-CSRF-Token";
        all[1] = csrf;
        System.arraycopy(headers, 0, all, 2, headers.length);
        HttpResponse<String> answer = app.postJson(path, cookie, body, all);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
        assertThat(app.rows("colleagues")).isZero();
    }

    private static String colleague(String field, String value) {
        return "{\"email\":\"lena@example.com\",\"name\":\"Lena\",\"" + field + "\":" + value + "}";
    }

    @Test
    void textsPastTheirLengthAreRefused() {
        assertRefused("/api/colleagues", "{\"email\":\"lena@example.com\",\"name\":\"" + "n".repeat(201) + "\"}", "name");
        assertRefused("/api/colleagues", "{\"email\":\"" + "l".repeat(250) + "@example.com\",\"name\":\"Lena\"}",
                "email");
        assertRefused("/api/colleagues", colleague("timezone", "\"" + "Z".repeat(65) + "\""), "timezone");
        assertRefused("/api/colleagues", colleague("cadence", "\"" + "w".repeat(101) + "\""), "cadence");
    }

    @Test
    void anIdempotencyKeyOfOtherThanVisibleAsciiIsRefused() {
        assertRefused("/api/colleagues", colleague("cadence", "\"weekly\""), Idempotency.HEADER, Idempotency.HEADER,
                "a key with spaces");
        assertRefused("/api/colleagues", colleague("cadence", "\"weekly\""), Idempotency.HEADER, Idempotency.HEADER,
                "k".repeat(256));
    }

    @Test
    void aCsvOfMoreThan5000LinesIsRefusedNamingCsv() {
        String csv = "email,name\n" + "lena@example.com,Lena\n".repeat(5001);

        assertRefused("/api/colleagues/import", csv, "csv");
    }
}
