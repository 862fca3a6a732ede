package touchbase.google.emulator;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes {@code /calendar/v3/...} like the discovery document: freeBusy, events (insert, get,
 * list, patch, update, delete, instances), calendars.get and settings.get. Every call needs a
 * valid bearer token holding one of the method's scopes; {@code primary} is the token owner's
 * calendar; only the owner may write to a calendar, anyone may read a calendar of the domain.
 * One lock (the store) makes each call atomic.
 */
final class CalendarApi {

    private final CalendarStore store;
    private final TokenRegistry tokens;
    private final EventWriter writer;
    private final EventQuery query;
    private final FreeBusyQuery freeBusy;

    CalendarApi(CalendarStore store, TokenRegistry tokens) {
        this.store = store;
        this.tokens = tokens;
        Instances instances = new Instances(store);
        this.writer = new EventWriter(store, instances);
        this.query = new EventQuery(store, instances);
        this.freeBusy = new FreeBusyQuery(store, instances);
    }

    EventWriter writer() {
        return writer;
    }

    /** {@code path} is what follows {@code calendar/v3}. */
    EmulatorResponse handle(EmulatorRequest request, List<String> path) {
        TokenRegistry.Session session = OAuthEndpoints.bearer(request).flatMap(tokens::session)
                .orElseThrow(ApiException::unauthenticated);
        synchronized (store) {
            return route(request, path, session);
        }
    }

    private EmulatorResponse route(EmulatorRequest request, List<String> path, TokenRegistry.Session session) {
        String method = request.method();
        String user = session.person().email();
        int size = path.size();
        if (size == 1 && path.get(0).equals("freeBusy") && method.equals("POST")) {
            need(session, Scopes.FREEBUSY);
            return EmulatorResponse.json(freeBusy.query(Json.parseObject(request.body()), user));
        }
        if (size == 4 && path.subList(0, 3).equals(List.of("users", "me", "settings")) && method.equals("GET")) {
            need(session, Scopes.SETTINGS_READ);
            return EmulatorResponse.json(CalendarResources.setting(path.get(3), session.person()));
        }
        if (size < 2 || !path.get(0).equals("calendars")) {
            throw ApiException.notFound();
        }
        String calendarId = resolve(path.get(1), user);
        if (size == 2 && method.equals("GET")) {
            need(session, Scopes.CALENDARS_READ);
            readable(calendarId);
            return EmulatorResponse.json(CalendarResources.calendar(calendarId, store.zoneOf(calendarId)));
        }
        if (size < 3 || !path.get(2).equals("events")) {
            throw ApiException.notFound();
        }
        readable(calendarId);
        store.events(calendarId).forEach(Conferences::resolve);
        QueryParams q = request.query();
        int conferenceDataVersion = q.integer("conferenceDataVersion", 0);
        if (size == 3 && method.equals("GET")) {
            need(session, Scopes.EVENTS_READ);
            return EmulatorResponse.json(query.list(calendarId, q));
        }
        if (size == 3 && method.equals("POST")) {
            writable(session, calendarId);
            return EmulatorResponse.json(
                    writer.insert(calendarId, user, Json.parseObject(request.body()), conferenceDataVersion).json);
        }
        String eventId = path.get(3);
        if (size == 5 && path.get(4).equals("instances") && method.equals("GET")) {
            need(session, Scopes.EVENTS_READ);
            return EmulatorResponse.json(query.instances(calendarId, eventId, q));
        }
        if (size != 4) {
            throw ApiException.notFound();
        }
        return switch (method) {
            case "GET" -> {
                need(session, Scopes.EVENTS_READ);
                yield EmulatorResponse.json(query.get(calendarId, eventId));
            }
            case "PATCH" -> {
                writable(session, calendarId);
                yield EmulatorResponse.json(
                        writer.patch(calendarId, eventId, Json.parseObject(request.body()), conferenceDataVersion).json);
            }
            case "PUT" -> {
                writable(session, calendarId);
                yield EmulatorResponse.json(
                        writer.update(calendarId, eventId, Json.parseObject(request.body()), conferenceDataVersion).json);
            }
            case "DELETE" -> {
                writable(session, calendarId);
                writer.delete(calendarId, eventId);
                yield EmulatorResponse.noContent();
            }
            default -> throw ApiException.notFound();
        };
    }

    private static String resolve(String calendarId, String user) {
        return "primary".equals(calendarId) ? user.toLowerCase(Locale.ROOT) : calendarId.toLowerCase(Locale.ROOT);
    }

    private void readable(String calendarId) {
        if (!store.seed().knows(calendarId)) {
            throw ApiException.notFound();
        }
    }

    private static void writable(TokenRegistry.Session session, String calendarId) {
        need(session, Scopes.EVENTS_WRITE);
        if (!session.person().email().equalsIgnoreCase(calendarId)) {
            throw ApiException.noWriteAccess();
        }
    }

    private static void need(TokenRegistry.Session session, List<String> accepted) {
        if (!Scopes.anyOf(session.scopes(), accepted)) {
            throw ApiException.insufficientScopes();
        }
    }
}
