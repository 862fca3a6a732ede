package touchbase.config;

import touchbase.domain.TouchbaseException;

/** A configuration value that cannot be used; the message names the variable and what is wrong. */
public final class ConfigException extends TouchbaseException {

    public ConfigException(String message) {
        super(message);
    }
}
