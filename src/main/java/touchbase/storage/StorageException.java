package touchbase.storage;

import touchbase.domain.TouchbaseException;

/** The database could not be reached or refused a statement it should have accepted. */
public final class StorageException extends TouchbaseException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot {@code what}: " and what the database said (the driver's message, without the statement). */
    static StorageException cannot(String what, RuntimeException failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return new StorageException("cannot " + what + ": " + cause.getMessage(), failure);
    }
}
