package touchbase.google.emulator.calendar.events;

/** A stored event as tests see it: the main fields plus the Calendar JSON resource. */
public record EmulatedEvent(String calendarId, String id, String status, String summary, String json) {

    public boolean cancelled() {
        return "cancelled".equals(status);
    }
}
