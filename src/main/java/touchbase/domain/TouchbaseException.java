package touchbase.domain;

/**
 * The one root of Touchbase's unexpected failures. Expected outcomes (a colleague who cannot be
 * placed, a calendar Google will not show) are data, not exceptions; what extends this is what the
 * web layer turns into an error answer.
 */
public class TouchbaseException extends RuntimeException {

    public TouchbaseException(String message) {
        super(message);
    }

    public TouchbaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
