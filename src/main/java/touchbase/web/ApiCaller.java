package touchbase.web;

import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;

/** Who is calling the JSON API: the signed-in account and the session it came with. */
public record ApiCaller(AccountProfile account, WebSession session) {

    public static final String ATTRIBUTE = "touchbase.api-caller";

    public String accountId() {
        return account.id();
    }
}
