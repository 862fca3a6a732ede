package touchbase.google.emulator.calendar.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.Json;
import touchbase.google.emulator.http.QueryParams;

/**
 * events.get, events.list and events.instances. list follows the discovery document: timeMin
 * bounds the end and timeMax the start (both exclusive, but instances' timeMin is inclusive),
 * {@code privateExtendedProperty} is repeatable and all must match, {@code orderBy=startTime} needs {@code singleEvents}, and a
 * {@code syncToken} returns every change since it was issued (cancelled events included) and
 * cannot be combined with the filters Google forbids.
 */
final class EventQuery {

    private static final List<String> NOT_WITH_SYNC_TOKEN = List.of("iCalUID", "orderBy", "privateExtendedProperty",
            "q", "sharedExtendedProperty", "timeMin", "timeMax", "updatedMin");

    private final CalendarStore store;
    private final Instances instances;

    EventQuery(CalendarStore store, Instances instances) {
        this.store = store;
        this.instances = instances;
    }

    ObjectNode get(String calendarId, String eventId) {
        return store.find(calendarId, eventId).map(e -> e.json.deepCopy())
                .or(() -> instanceOf(calendarId, eventId))
                .orElseThrow(ApiException::notFound);
    }

    private java.util.Optional<ObjectNode> instanceOf(String calendarId, String eventId) {
        int underscore = eventId.lastIndexOf('_');
        if (underscore <= 0) {
            return java.util.Optional.empty();
        }
        return store.find(calendarId, eventId.substring(0, underscore))
                .filter(StoredEvent::recurring)
                .flatMap(master -> instances.virtualInstance(master, eventId));
    }

    ObjectNode list(String calendarId, QueryParams params) {
        List<ObjectNode> items;
        long snapshot = store.revision();
        String syncToken = params.first("syncToken");
        boolean singleEvents = params.flag("singleEvents");
        if (syncToken != null) {
            for (String forbidden : NOT_WITH_SYNC_TOKEN) {
                if (params.has(forbidden)) {
                    throw ApiException.badRequest("invalid",
                            "Sync token cannot be combined with the " + forbidden + " parameter.");
                }
            }
            long since = store.revisionOf(syncToken, calendarId);
            items = changedSince(calendarId, since, singleEvents);
        } else {
            items = fullList(calendarId, params, singleEvents);
        }
        String orderBy = params.first("orderBy");
        if ("startTime".equals(orderBy)) {
            if (!singleEvents) {
                throw ApiException.badRequest("invalid", "The requested ordering is not available for the particular query.");
            }
            items.sort(Comparator.comparing(this::startOf));
        } else if ("updated".equals(orderBy)) {
            items.sort(Comparator.comparing(e -> Json.text(e, "updated")));
        } else if (orderBy != null) {
            throw ApiException.badRequest("invalid", "Invalid value for orderBy: " + orderBy);
        }
        return page(calendarId, items, params, snapshot);
    }

    ObjectNode instances(String calendarId, String eventId, QueryParams params) {
        StoredEvent master = store.find(calendarId, eventId).orElseThrow(ApiException::notFound);
        if (master.cancelled() && !params.flag("showDeleted")) {
            throw new ApiException(410, "global", "deleted", "Resource has been deleted");
        }
        List<ObjectNode> items = new ArrayList<>();
        if (!master.recurring()) {
            items.add(master.json.deepCopy());
        } else {
            Instant timeMin = params.instant("timeMin");
            // instances' timeMin is an inclusive bound on the end (list's is exclusive): discovery, events.instances
            Instant from = timeMin == null ? null : timeMin.minusNanos(1);
            Instant to = params.instant("timeMax");
            String originalStart = params.first("originalStart");
            for (Instances.Occurrence occurrence : instances.expand(master, from,
                    to != null ? to : instances.horizon(from), params.flag("showDeleted"))) {
                if (originalStart == null || sameInstant(occurrence.event().get("originalStartTime"), originalStart)) {
                    items.add(occurrence.event().deepCopy());
                }
            }
        }
        return page(calendarId, items, params, store.revision());
    }

    private boolean sameInstant(JsonNode originalStartTime, String wanted) {
        String dateTime = Json.text(originalStartTime, "dateTime");
        return dateTime != null && QueryParams.rfc3339(dateTime, "originalStart")
                .equals(QueryParams.rfc3339(wanted, "originalStart"));
    }

    private List<ObjectNode> changedSince(String calendarId, long since, boolean singleEvents) {
        List<ObjectNode> items = new ArrayList<>();
        for (StoredEvent event : store.events(calendarId)) {
            if (event.revision <= since) {
                continue;
            }
            if (singleEvents && event.recurring() && !event.cancelled()) {
                instances.expand(event, null, instances.horizon(null), true)
                        .forEach(o -> items.add(o.event().deepCopy()));
            } else {
                items.add(event.json.deepCopy());
            }
        }
        return items;
    }

    private List<ObjectNode> fullList(String calendarId, QueryParams params, boolean singleEvents) {
        Instant from = params.instant("timeMin");
        Instant to = params.instant("timeMax");
        if (from != null && to != null && !to.isAfter(from)) {
            throw ApiException.badRequest("timeRangeEmpty", "The specified time range is empty.");
        }
        Instant updatedMin = params.instant("updatedMin");
        boolean showDeleted = params.flag("showDeleted") || updatedMin != null;
        List<ObjectNode> items = new ArrayList<>();
        for (StoredEvent event : store.events(calendarId)) {
            boolean exception = event.recurringEventId() != null;
            if (singleEvents) {
                if (exception) {
                    continue;
                }
                if (event.recurring()) {
                    instances.expand(event, from, to != null ? to : instances.horizon(from), showDeleted)
                            .forEach(o -> items.add(o.event().deepCopy()));
                } else if ((showDeleted || !event.cancelled()) && instances.single(event).overlaps(from, to)) {
                    items.add(event.json.deepCopy());
                }
            } else if ((showDeleted || exception || !event.cancelled()) && inWindow(event, from, to)) {
                items.add(event.json.deepCopy());
            }
        }
        items.removeIf(item -> !matches(item, params, updatedMin));
        return items;
    }

    private boolean inWindow(StoredEvent event, Instant from, Instant to) {
        if (from == null && to == null) {
            return true;
        }
        if (event.recurring() && !event.cancelled()) {
            return !instances.expand(event, from, to != null ? to : instances.horizon(from), false).isEmpty();
        }
        return instances.single(event).overlaps(from, to);
    }

    private static boolean matches(ObjectNode item, QueryParams params, Instant updatedMin) {
        return properties(item, "private", params.all("privateExtendedProperty"))
                && properties(item, "shared", params.all("sharedExtendedProperty"))
                && (!params.has("iCalUID") || params.first("iCalUID").equals(Json.text(item, "iCalUID")))
                && (updatedMin == null || !QueryParams.rfc3339(Json.text(item, "updated"), "updated").isBefore(updatedMin))
                && text(item, params.first("q"));
    }

    private static boolean properties(ObjectNode item, String kind, List<String> constraints) {
        JsonNode properties = item.path("extendedProperties").path(kind);
        for (String constraint : constraints) {
            int eq = constraint.indexOf('=');
            if (eq <= 0) {
                throw ApiException.badRequest("invalid", "Invalid extended property constraint: " + constraint);
            }
            if (!constraint.substring(eq + 1).equals(Json.text(properties, constraint.substring(0, eq)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(ObjectNode item, String q) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        StringBuilder haystack = new StringBuilder();
        for (String field : List.of("summary", "description", "location")) {
            haystack.append(' ').append(Json.text(item, field));
        }
        item.path("attendees").forEach(a -> haystack.append(' ').append(Json.text(a, "email"))
                .append(' ').append(Json.text(a, "displayName")));
        haystack.append(' ').append(Json.text(item.path("organizer"), "email"));
        return haystack.toString().toLowerCase(Locale.ROOT).contains(needle);
    }

    private Instant startOf(ObjectNode item) {
        return EventTimes.zoned(item.get("start"), store.zoneOf(Json.text(item.path("organizer"), "email")), "start")
                .toInstant();
    }

    private ObjectNode page(String calendarId, List<ObjectNode> items, QueryParams params, long snapshot) {
        int maxResults = Math.min(params.integer("maxResults", 250), 2500);
        if (maxResults < 1) {
            throw ApiException.badRequest("invalid", "Invalid value '" + maxResults
                    + "'. Values must be within the range: [1, 2500]");
        }
        int offset = 0;
        String pageToken = params.first("pageToken");
        if (pageToken != null) {
            String[] parts = decodePageToken(pageToken);
            offset = Integer.parseInt(parts[0]);
            snapshot = Long.parseLong(parts[1]);
        }
        ObjectNode response = Json.object();
        response.put("kind", "calendar#events");
        response.put("etag", "\"p" + snapshot + "\"");
        response.put("summary", calendarId);
        response.put("description", "");
        response.put("updated", Json.millis(store.clock().instant()));
        response.put("timeZone", store.zoneOf(calendarId).getId());
        response.put("accessRole", "owner");
        ArrayNode reminders = response.putArray("defaultReminders");
        reminders.addObject().put("method", "popup").put("minutes", 10);
        int end = Math.min(items.size(), offset + maxResults);
        if (end < items.size()) {
            response.put("nextPageToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((end + ":" + snapshot).getBytes(StandardCharsets.UTF_8)));
        } else {
            response.put("nextSyncToken", store.syncToken(calendarId, snapshot));
        }
        ArrayNode out = response.putArray("items");
        items.subList(Math.min(offset, items.size()), end).forEach(out::add);
        return response;
    }

    private static String[] decodePageToken(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            Integer.parseInt(parts[0]);
            Long.parseLong(parts[1]);
            return parts;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("invalid", "Invalid page token value.");
        }
    }
}
