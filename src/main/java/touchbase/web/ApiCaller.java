package touchbase.web;

import touchbase.account.WebSession;
import touchbase.domain.AccountProfile;

/** Who is calling the JSON API: the signed-in account and the session it came with. */
record ApiCaller(AccountProfile account, WebSession session) {

    static final String ATTRIBUTE = "touchbase.api-caller";

    String accountId() {
        return account.id();
    }
}
