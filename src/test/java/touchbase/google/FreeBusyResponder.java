package touchbase.google;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;

/**
 * Answers a {@code freeBusy} query like Google: every requested calendar is busy for the first and
 * the last half hour of the queried range; ids starting with {@code hidden} get {@code notFound},
 * ids starting with {@code late-hidden} get it only for ranges starting in 2027.
 */
final class FreeBusyResponder implements ResponseDefinitionTransformerV2 {

    static final String NAME = "free-busy-responder";

    /** Ranges longer than this are refused with 400 {@code timeRangeTooLong}; null: none is. */
    static volatile Duration refuseLongerThan;

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        JsonObject request = JsonParser.parseString(serveEvent.getRequest().getBodyAsString()).getAsJsonObject();
        String timeMin = request.get("timeMin").getAsString();
        String timeMax = request.get("timeMax").getAsString();
        Instant min = Instant.parse(timeMin);
        Instant max = Instant.parse(timeMax);
        Duration limit = refuseLongerThan;
        if (limit != null && Duration.between(min, max).compareTo(limit) > 0) {
            return tooLong();
        }
        JsonObject calendars = new JsonObject();
        for (JsonElement item : request.getAsJsonArray("items")) {
            String id = item.getAsJsonObject().get("id").getAsString();
            boolean hidden = id.startsWith("hidden")
                    || id.startsWith("late-hidden") && !min.isBefore(Instant.parse("2027-01-01T00:00:00Z"));
            calendars.add(id, hidden ? notFound() : busy(min, max));
        }
        JsonObject response = new JsonObject();
        response.addProperty("kind", "calendar#freeBusy");
        response.addProperty("timeMin", timeMin);
        response.addProperty("timeMax", timeMax);
        response.add("calendars", calendars);
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(response.toString())
                .build();
    }

    /** Google's error shape for a range it will not answer. */
    private static ResponseDefinition tooLong() {
        JsonObject error = new JsonObject();
        error.addProperty("domain", "calendar");
        error.addProperty("reason", "timeRangeTooLong");
        error.addProperty("message", "The requested time range is too long.");
        JsonArray errors = new JsonArray();
        errors.add(error);
        JsonObject body = new JsonObject();
        body.add("errors", errors);
        body.addProperty("code", 400);
        body.addProperty("message", "The requested time range is too long.");
        JsonObject wrapper = new JsonObject();
        wrapper.add("error", body);
        return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(wrapper.toString()).build();
    }

    private static JsonObject busy(Instant min, Instant max) {
        JsonArray busy = new JsonArray();
        busy.add(period(min, min.plus(Duration.ofMinutes(30))));
        busy.add(period(max.minus(Duration.ofMinutes(30)), max));
        JsonObject calendar = new JsonObject();
        calendar.add("busy", busy);
        return calendar;
    }

    private static JsonObject period(Instant start, Instant end) {
        JsonObject period = new JsonObject();
        period.addProperty("start", start.toString());
        period.addProperty("end", end.toString());
        return period;
    }

    private static JsonObject notFound() {
        JsonObject error = new JsonObject();
        error.addProperty("domain", "global");
        error.addProperty("reason", "notFound");
        JsonArray errors = new JsonArray();
        errors.add(error);
        JsonObject calendar = new JsonObject();
        calendar.add("errors", errors);
        calendar.add("busy", new JsonArray());
        return calendar;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
