package touchbase.domain;

import java.util.Objects;

/**
 * A request to a booking use case carried a value that cannot be used; {@link #field()} names it
 * (for example {@code start} or {@code email}). The web layer answers 400.
 */
public class InvalidInput extends TouchbaseException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field must not be null");
    }

    public String field() {
        return field;
    }
}
