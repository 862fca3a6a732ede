package touchbase.booking;

import java.util.Objects;

/** One invited person and how they answered. */
public record Attendee(String email, Response response) {

    /** The attendee's answer; {@code needsAction} until they respond (Google's responseStatus). */
    public enum Response { NEEDS_ACTION, DECLINED, TENTATIVE, ACCEPTED }

    public Attendee {
        Objects.requireNonNull(email, "email must not be null");
        Objects.requireNonNull(response, "response must not be null");
    }

    public boolean declined() {
        return response == Response.DECLINED;
    }
}
