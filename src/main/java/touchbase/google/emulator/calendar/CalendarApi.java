package touchbase.google.emulator.calendar;

import java.util.List;
import java.util.Locale;
import touchbase.google.emulator.calendar.events.CalendarStore;
import touchbase.google.emulator.calendar.events.EventsApi;
import touchbase.google.emulator.calendar.events.Instances;
import touchbase.google.emulator.calendar.freebusy.FreeBusyQuery;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.EmulatorRequest;
import touchbase.google.emulator.http.EmulatorResponse;
import touchbase.google.emulator.http.Json;
import touchbase.google.emulator.oauth.Scopes;
import touchbase.google.emulator.oauth.TokenRegistry;
import touchbase.google.emulator.oauth.TokenRegistry.Session;

/**
 * Routes {@code /calendar/v3/...} like the discovery document: freeBusy, calendars.get,
 * settings.get, and everything under {@code calendars/{calendarId}/events} to {@link EventsApi}.
 * Every call needs a valid bearer token holding one of the method's scopes; {@code primary} is
 * the token owner's calendar; anyone may read a calendar of the domain. One lock (the store)
 * makes each call atomic.
 */
public final class CalendarApi {

    private final CalendarStore store;
    private final TokenRegistry tokens;
    private final EventsApi events;
    private final FreeBusyQuery freeBusy;

    public CalendarApi(CalendarStore store, TokenRegistry tokens) {
        this.store = store;
        this.tokens = tokens;
        Instances instances = new Instances(store);
        this.events = new EventsApi(store, instances);
        this.freeBusy = new FreeBusyQuery(store, instances);
    }

    public EventsApi events() {
        return events;
    }

    /** {@code path} is what follows {@code calendar/v3}. */
    public EmulatorResponse handle(EmulatorRequest request, List<String> path) {
        Session session = tokens.session(request).orElseThrow(ApiException::unauthenticated);
        synchronized (store) {
            return route(request, path, session);
        }
    }

    private EmulatorResponse route(EmulatorRequest request, List<String> path, Session session) {
        String method = request.method();
        if (path.equals(List.of("freeBusy")) && method.equals("POST")) {
            session.require(Scopes.FREEBUSY);
            return EmulatorResponse.json(freeBusy.query(Json.parseObject(request.body()), session.person().email()));
        }
        if (path.size() == 4 && path.subList(0, 3).equals(List.of("users", "me", "settings")) && method.equals("GET")) {
            session.require(Scopes.SETTINGS_READ);
            return EmulatorResponse.json(CalendarResources.setting(path.get(3), session.person()));
        }
        if (path.size() < 2 || !path.get(0).equals("calendars")) {
            throw ApiException.notFound();
        }
        return calendar(request, resolve(path.get(1), session), path.subList(2, path.size()), session);
    }

    /** {@code rest} is what follows {@code calendars/{calendarId}}. */
    private EmulatorResponse calendar(EmulatorRequest request, String calendarId, List<String> rest, Session session) {
        if (rest.isEmpty() && request.method().equals("GET")) {
            session.require(Scopes.CALENDARS_READ);
            readable(calendarId);
            return EmulatorResponse.json(CalendarResources.calendar(calendarId, store.zoneOf(calendarId)));
        }
        if (rest.isEmpty() || !rest.get(0).equals("events")) {
            throw ApiException.notFound();
        }
        readable(calendarId);
        return events.handle(request, calendarId, rest.subList(1, rest.size()), session);
    }

    private static String resolve(String calendarId, Session session) {
        String id = "primary".equals(calendarId) ? session.person().email() : calendarId;
        return id.toLowerCase(Locale.ROOT);
    }

    private void readable(String calendarId) {
        if (!store.seed().knows(calendarId)) {
            throw ApiException.notFound();
        }
    }
}
