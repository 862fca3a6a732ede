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
}
