package touchbase.google;

import com.google.api.client.extensions.java6.auth.oauth2.AuthorizationCodeInstalledApp;
import com.google.api.client.extensions.jetty.auth.oauth2.LocalServerReceiver;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import touchbase.account.GoogleAuthException;
import touchbase.account.GoogleSignIn;
import touchbase.account.Pkce;
import touchbase.account.SecretTokens;

/**
 * Sign-in for head-less set-ups ({@code touchbase.jar login}): Google redirects to a loopback
 * receiver ({@link LocalServerReceiver}, {@code http://localhost:PORT/Callback}) instead of the web
 * service, with PKCE added by hand as in the web flow. Google accepts any loopback port for a
 * "Desktop app" client; a "Web application" client needs that exact redirect URI registered, so a
 * fixed port can be chosen. The receiver does not check {@code state}; PKCE stops a foreign code.
 */
public final class GoogleLoginCli {

    /** What to do with the code once the browser brought it back. */
    @FunctionalInterface
    public interface Completion<T> {
        T complete(GoogleSignIn google, String code, String codeVerifier);
    }

    /** Any free port. */
    public static final int ANY_PORT = -1;

    private final GoogleOAuthSettings settings;
    private final Clock clock;
    private final int port;
    private final Consumer<URI> browser;

    public GoogleLoginCli(GoogleOAuthSettings settings, Clock clock, int port, Consumer<URI> browser) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.port = port;
        this.browser = Objects.requireNonNull(browser, "browser must not be null");
    }

    /** Says what happens and opens the address in the desktop's browser, or prints it to open by hand. */
    public static Consumer<URI> printAndOpen(PrintStream out) {
        return url -> {
            out.println("Connect Google Calendar in your browser; this command waits for Google to send you back.");
            AuthorizationCodeInstalledApp.browse(url.toString());
        };
    }

    /** Waits for the browser to come back with a code, then hands it on with the verifier. */
    public <T> T login(Completion<T> completion) {
        LocalServerReceiver receiver = new LocalServerReceiver.Builder().setHost("localhost").setPort(port).build();
        try {
            GoogleOAuthClient google = new GoogleOAuthClient(
                    settings.withRedirectUri(URI.create(receiver.getRedirectUri())), clock);
            Pkce pkce = Pkce.generate();
            browser.accept(google.authorizationUrl(SecretTokens.random(32), pkce.challenge(), true));
            String code = receiver.waitForCode();
            return completion.complete(google, code, pkce.verifier());
        } catch (IOException e) {
            throw new GoogleAuthException("the sign-in did not complete: " + e.getMessage(), e);
        } finally {
            stop(receiver);
        }
    }

    private static void stop(LocalServerReceiver receiver) {
        try {
            receiver.stop();
        } catch (IOException ignored) {
            // the receiver only listens on loopback; nothing is left to clean up
        }
    }
}
