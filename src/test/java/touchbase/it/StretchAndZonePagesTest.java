package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages in demo mode say what the API says: a stretch proposal in words with a "Meet outside
 * working hours" box that booking needs, and a zone that nobody gave, with a link to confirm it.
 */
class StretchAndZonePagesTest extends SignedInDemo {

    @Test
    void aStretchIsShownInWordsAndBookedOnlyWhenTheConsentBoxIsTicked() {
        String kenji = DemoSession.json(demo.api("POST", "/api/colleagues", "{\"email\":\"kenji.sato@demo.touchbase.test\","
                + "\"name\":\"Kenji Sato\",\"timezone\":\"Asia/Tokyo\",\"cadence\":\"monthly\"}")).get("id").asString();
        String card = card(demo.page("/plan").body(), kenji);
        Matcher form = Pattern.compile("action=\"/plan/" + kenji + "/book\".*?name=\"start\" value=\"([^\"]+)\".*?"
                + "name=\"rrule\" value=\"([^\"]+)\".*?id=\"stretch-" + kenji + "\">Outside working hours: ([^<]+)<.*?"
                + "name=\"acceptStretch\" value=\"true\"[^>]*> Meet outside working hours", Pattern.DOTALL).matcher(card);
        assertThat(form.find()).as("Kenji's proposal says it stretches working hours and asks for consent").isTrue();
        assertThat(form.group(3)).contains("Kenji Sato");
        Map<String, String> book = new HashMap<>(Map.of("start", form.group(1), "rrule", form.group(2)));

        HttpResponse<String> refused = demo.form("/plan/" + kenji + "/book", book);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(card(refused.body(), kenji)).contains("id=\"book-error-" + kenji + "\"")
                .contains("lies outside working hours");
        assertThat(refused.body()).doesNotContain("id=\"plan-error\"");
        book.put("acceptStretch", "true");
        HttpResponse<String> booked = demo.form("/plan/" + kenji + "/book", book);
        assertThat(booked.uri().toString()).endsWith("/plan?notice=booking");
    }

    @Test
    void aZoneInferredOrAssumedSaysSoAndLinksToConfirmIt() {
        String sam = DemoSession.json(demo.api("POST", "/api/colleagues",
                "{\"email\":\"sam.rivera@demo.touchbase.test\",\"name\":\"Sam Rivera\"}")).get("id").asString();
        String pat = DemoSession.json(demo.api("POST", "/api/colleagues",
                "{\"email\":\"pat.jones@partner.example.com\",\"name\":\"Pat Jones\"}")).get("id").asString();
        String lena = DemoSession.json(demo.api("POST", "/api/colleagues", "{\"email\":\"lena.vogel@demo.touchbase.test\","
                + "\"name\":\"Lena Vogel\",\"timezone\":\"Europe/Berlin\"}")).get("id").asString();

        String page = demo.page("/colleagues").body();

        assertThat(page).contains("<a id=\"zone-note-" + sam + "\" href=\"/colleagues/" + sam
                + "\">zone inferred from their calendar: confirm it</a>");
        assertThat(page).contains("<a id=\"zone-note-" + pat + "\" href=\"/colleagues/" + pat
                + "\">zone assumed to be yours (their calendar did not say): confirm it</a>");
        assertThat(page).doesNotContain("zone-note-" + lena);
    }

    /** One colleague's card on the Plan page. */
    private static String card(String page, String colleagueId) {
        int from = page.indexOf("id=\"plan-" + colleagueId + "\"");
        assertThat(from).as("the plan shows a card for " + colleagueId).isNotNegative();
        int to = page.indexOf("</li>\n    <li class=\"card\"", from);
        return to < 0 ? page.substring(from) : page.substring(from, to);
    }
}
