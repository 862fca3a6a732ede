package touchbase.domain;


/**
 * The request is well formed but clashes with the current state (a series that is already
 * cancelled, an email another colleague has). The web layer answers 409.
 */
public class Conflict extends TouchbaseException {

    public Conflict(String message) {
        super(message);
    }
}
