package touchbase.upkeep;

/**
 * Port: how an account wants last contact read and shown ({@link ContactPreferences}); an account
 * that never chose has the defaults.
 */
public interface ContactSettings {

    ContactPreferences of(String accountId);

    void save(String accountId, ContactPreferences preferences);
}
