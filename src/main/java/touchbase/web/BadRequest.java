package touchbase.web;

import io.javalin.http.HttpStatus;
import touchbase.domain.TouchbaseException;

/** Input the user can fix: answered with its status (400 by default), the message and the field. */
public final class BadRequest extends TouchbaseException {

    private final transient HttpStatus status;
    private final String field;

    public BadRequest(String field, String message) {
        this(HttpStatus.BAD_REQUEST, field, message);
    }

    public BadRequest(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
