package touchbase.domain;


/** The colleague or series a request names does not exist (for this account). The web layer answers 404. */
public class NotFound extends TouchbaseException {

    private final String what;

    public NotFound(String what) {
        super(what + " not found");
        this.what = what;
    }

    /** What was looked for, e.g. "colleague c-42". */
    public String what() {
        return what;
    }
}
