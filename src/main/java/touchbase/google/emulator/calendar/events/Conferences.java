package touchbase.google.emulator.calendar.events;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.Json;
import touchbase.domain.Sha256;

/**
 * Google Meet links as the Calendar API makes them: with {@code conferenceDataVersion=1} a
 * {@code conferenceData.createRequest} is answered {@code pending} and becomes {@code success}
 * with a video entry point before the next read; a repeated {@code requestId} is ignored; any
 * write without {@code conferenceDataVersion=1} loses the conference data.
 */
final class Conferences {

    private Conferences() {
    }

    /** Applies the write rules to {@code json}; true when a new Meet link is now pending. */
    static boolean apply(ObjectNode json, JsonNode previous, int conferenceDataVersion) {
        if (conferenceDataVersion < 1) {
            json.remove("conferenceData");
            json.remove("hangoutLink");
            return false;
        }
        JsonNode data = json.get("conferenceData");
        if (data == null || !data.isObject()) {
            json.remove("hangoutLink");
            return false;
        }
        JsonNode request = data.get("createRequest");
        String requestId = Json.text(request, "requestId");
        if (requestId == null || data.has("conferenceId")) {
            return false;
        }
        JsonNode before = previous == null ? null : previous.get("conferenceData");
        if (before != null && requestId.equals(Json.text(before.get("createRequest"), "requestId"))) {
            json.set("conferenceData", before.deepCopy());
            if (previous.has("hangoutLink")) {
                json.set("hangoutLink", previous.get("hangoutLink").deepCopy());
            }
            return false;
        }
        String type = Json.text(request.path("conferenceSolutionKey"), "type");
        if (!"hangoutsMeet".equals(type)) {
            throw ApiException.badRequest("invalid", "Invalid conference type value.");
        }
        ObjectNode pending = Json.object();
        ObjectNode create = pending.putObject("createRequest");
        create.put("requestId", requestId);
        create.putObject("conferenceSolutionKey").put("type", type);
        create.putObject("status").put("statusCode", "pending");
        json.set("conferenceData", pending);
        json.remove("hangoutLink");
        return true;
    }

    /** Finishes a pending Meet link: deterministic meeting code from the request id. */
    static void resolve(StoredEvent event) {
        if (!event.conferencePending) {
            return;
        }
        event.conferencePending = false;
        ObjectNode data = (ObjectNode) event.json.get("conferenceData");
        String code = meetingCode(Json.text(data.get("createRequest"), "requestId") + event.id());
        String uri = "https://meet.google.com/" + code;
        ((ObjectNode) data.get("createRequest")).putObject("status").put("statusCode", "success");
        ObjectNode video = data.putArray("entryPoints").addObject();
        video.put("entryPointType", "video");
        video.put("uri", uri);
        video.put("label", "meet.google.com/" + code);
        ObjectNode solution = data.putObject("conferenceSolution");
        solution.putObject("key").put("type", "hangoutsMeet");
        solution.put("name", "Google Meet");
        solution.put("iconUri", "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png");
        data.put("conferenceId", code);
        event.json.put("hangoutLink", uri);
    }

    /** A code shaped like Meet's {@code abc-defg-hij}. */
    static String meetingCode(String seed) {
        byte[] hash = Sha256.of(seed);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 3 || i == 7) {
                code.append('-');
            }
            code.append((char) ('a' + Math.floorMod(hash[i], 26)));
        }
        return code.toString();
    }
}
