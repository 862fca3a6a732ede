package touchbase.google.emulator.calendar.events;

import java.util.List;
import java.util.Optional;
import touchbase.google.emulator.http.ApiException;
import touchbase.google.emulator.http.EmulatorRequest;
import touchbase.google.emulator.http.EmulatorResponse;
import touchbase.google.emulator.http.Json;
import touchbase.google.emulator.http.QueryParams;
import touchbase.google.emulator.oauth.Scopes;
import touchbase.google.emulator.oauth.TokenRegistry.Session;
import touchbase.google.emulator.seed.SeedEvent;

/**
 * The Events resource under {@code calendars/{calendarId}/events}: list and insert, get, patch,
 * update and delete of one event, and instances of a recurring one. Reading needs one of the
 * method's read scopes; writing needs a write scope and the calendar's owner.
 */
public final class EventsApi {

    private final CalendarStore store;
    private final EventWriter writer;
    private final EventQuery query;

    public EventsApi(CalendarStore store, Instances instances) {
        this.store = store;
        this.writer = new EventWriter(store, instances);
        this.query = new EventQuery(store, instances);
    }

    /** {@code rest} is what follows {@code events}; the caller holds the store's lock. */
    public EmulatorResponse handle(EmulatorRequest request, String calendarId, List<String> rest, Session session) {
        store.events(calendarId).forEach(Conferences::resolve);
        int conferenceDataVersion = request.query().integer("conferenceDataVersion", 0);
        Call call = new Call(request, calendarId, session, conferenceDataVersion);
        if (rest.isEmpty()) {
            return collection(call);
        }
        if (rest.size() == 2 && rest.get(1).equals("instances") && request.method().equals("GET")) {
            session.require(Scopes.EVENTS_READ);
            return EmulatorResponse.json(query.instances(calendarId, rest.get(0), request.query()));
        }
        if (rest.size() != 1) {
            throw ApiException.notFound();
        }
        return event(call, rest.get(0));
    }

    /** Places a seed event on its calendar as its organizer would insert it. */
    public void place(SeedEvent event) {
        String calendarId = SeedEvents.calendarId(event);
        synchronized (store) {
            try {
                writer.insert(calendarId, calendarId, SeedEvents.body(event), 0);
            } catch (ApiException e) {
                throw new IllegalArgumentException("seed event " + event.id() + " on " + calendarId
                        + " rejected: " + e.getMessage(), e);
            }
        }
    }

    /** Everything stored on a calendar (events, cancelled ones and instance exceptions), in insertion order. */
    public List<EmulatedEvent> stored(String calendarId) {
        synchronized (store) {
            return store.events(calendarId).stream().map(StoredEvent::view).toList();
        }
    }

    public Optional<EmulatedEvent> stored(String calendarId, String eventId) {
        synchronized (store) {
            return store.find(calendarId, eventId).map(StoredEvent::view);
        }
    }

    /** Makes every sync token issued so far answer 410 {@code fullSyncRequired}. */
    public void invalidateSyncTokens() {
        synchronized (store) {
            store.invalidateSyncTokens();
        }
    }

    private record Call(EmulatorRequest request, String calendarId, Session session, int conferenceDataVersion) {

        QueryParams query() {
            return request.query();
        }

        void writable() {
            session.require(Scopes.EVENTS_WRITE);
            if (!session.person().email().equalsIgnoreCase(calendarId)) {
                throw ApiException.noWriteAccess();
            }
        }
    }

    /** events.list and events.insert. */
    private EmulatorResponse collection(Call call) {
        switch (call.request().method()) {
            case "GET" -> {
                call.session().require(Scopes.EVENTS_READ);
                return EmulatorResponse.json(query.list(call.calendarId(), call.query()));
            }
            case "POST" -> {
                call.writable();
                return EmulatorResponse.json(writer.insert(call.calendarId(), call.session().person().email(),
                        Json.parseObject(call.request().body()), call.conferenceDataVersion()).json);
            }
            default -> throw ApiException.notFound();
        }
    }

    /** events.get, patch, update and delete. */
    private EmulatorResponse event(Call call, String eventId) {
        String calendarId = call.calendarId();
        switch (call.request().method()) {
            case "GET" -> {
                call.session().require(Scopes.EVENTS_READ);
                return EmulatorResponse.json(query.get(calendarId, eventId));
            }
            case "PATCH" -> {
                call.writable();
                return EmulatorResponse.json(writer.patch(calendarId, eventId,
                        Json.parseObject(call.request().body()), call.conferenceDataVersion()).json);
            }
            case "PUT" -> {
                call.writable();
                return EmulatorResponse.json(writer.update(calendarId, eventId,
                        Json.parseObject(call.request().body()), call.conferenceDataVersion()).json);
            }
            case "DELETE" -> {
                call.writable();
                writer.delete(calendarId, eventId);
                return EmulatorResponse.noContent();
            }
            default -> throw ApiException.notFound();
        }
    }
}
