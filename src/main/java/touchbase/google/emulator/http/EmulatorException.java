package touchbase.google.emulator.http;

/** A failure that an endpoint answers with a Google-shaped error response instead of a 500. */
public abstract class EmulatorException extends RuntimeException {

    protected EmulatorException(String message) {
        super(message);
    }

    /** The answer Google gives for this failure. */
    public abstract EmulatorResponse response();
}
