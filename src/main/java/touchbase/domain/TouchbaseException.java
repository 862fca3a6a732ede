package touchbase.domain;

/**
 * Root of every unexpected failure in Touchbase. Expected outcomes (a colleague who cannot be
 * placed, a line of a CSV file that does not parse) are data, not exceptions.
 */
public class TouchbaseException extends RuntimeException {

    public TouchbaseException(String message) {
        super(message);
    }

    public TouchbaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
