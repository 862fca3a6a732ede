package touchbase.colleagues;

import touchbase.domain.TouchbaseException;

/**
 * A colleague could not be saved because the account already has another colleague with the same
 * email (compared case-insensitively). Check with {@link Colleagues#findByEmail} first to tell the
 * person; this guards against two saves that race.
 */
public final class DuplicateColleague extends TouchbaseException {

    private final String accountId;
    private final String email;

    public DuplicateColleague(String accountId, String email) {
        super("the account already has a colleague with the email " + email
                + "; edit that colleague instead of adding another");
        this.accountId = accountId;
        this.email = email;
    }

    public String accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }
}
