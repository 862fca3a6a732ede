package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The signed-in account's series as Google holds them, asked of Google itself ({@code events.instances}
 * with the account's own bearer token at {@code apiRoot}), beside the occurrences the served feed
 * expands to: the feed-vs-Google comparison the end-to-end tests share.
 */
final class GoogleSeries {

    private GoogleSeries() {
    }

    /** Every series on Google that Touchbase lists, by iCal UID: the starts of its instances in [from, to). */
    static Map<String, List<Instant>> onGoogle(DemoSession demo, String apiRoot, String token, Instant from, Instant to) {
        Map<String, List<Instant>> byUid = new TreeMap<>();
        JsonNode list = DemoSession.json(demo.api("GET", "/api/touchbases", null));
        for (JsonNode series : list.isArray() ? list : list.get("touchBases")) {
            if (!series.hasNonNull("googleEventId") || series.get("status").asString().equals("cancelled")) {
                continue;
            }
            List<JsonNode> instances = instances(demo, apiRoot, token, series.get("googleEventId").asString(), from, to);
            if (instances == null) {
                continue;
            }
            Set<Instant> starts = new TreeSet<>();
            for (JsonNode instance : instances) {
                Instant start = OffsetDateTime.parse(instance.get("start").get("dateTime").asString()).toInstant();
                if (!start.isBefore(from) && start.isBefore(to)) {
                    starts.add(start);
                }
            }
            byUid.put(series.get("iCalUid").asString(), List.copyOf(starts));
        }
        return byUid;
    }

    /** The feed's occurrences in [from, to) by UID, as ical4j and as biweekly read them: [ical4j, biweekly]. */
    static List<Map<String, List<Instant>>> inFeed(DemoSession demo, Instant from, Instant to) throws Exception {
        String url = DemoSession.json(demo.api("GET", "/api/feed", null)).get("url").asString();
        String feed = demo.send(HttpRequest.newBuilder(URI.create(url)).GET()).body();
        return List.of(touchbase.feed.Expansions.ical4j(feed, from, to), touchbase.feed.Expansions.biweekly(feed, from, to));
    }

    /** The event's instances in the window; null when Google deleted the event (410), so it has none. */
    private static List<JsonNode> instances(DemoSession demo, String apiRoot, String token, String eventId, Instant from,
            Instant to) {
        List<JsonNode> items = new ArrayList<>();
        String page = null;
        do {
            String url = apiRoot + "calendar/v3/calendars/primary/events/" + eventId + "/instances?maxResults=2500&timeMin="
                    + from + "&timeMax=" + to
                    + (page == null ? "" : "&pageToken=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
            HttpResponse<String> answer = demo.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).GET());
            if (answer.statusCode() == 410) {
                return null;
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode json = DemoSession.json(answer);
            json.get("items").forEach(items::add);
            page = json.has("nextPageToken") ? json.get("nextPageToken").asString() : null;
        } while (page != null);
        return items;
    }
}
