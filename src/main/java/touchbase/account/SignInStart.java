package touchbase.account;

import java.net.URI;
import java.util.Objects;

/** A sign-in sent off to Google: the browser session it is bound to and where to redirect. */
public record SignInStart(WebSession session, URI authorizationUrl) {

    public SignInStart {
        Objects.requireNonNull(session, "session must not be null");
        Objects.requireNonNull(authorizationUrl, "authorizationUrl must not be null");
    }
}
