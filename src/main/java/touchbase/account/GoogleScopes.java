package touchbase.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The OAuth scopes Touchbase asks Google for, and the check that a person granted the ones it
 * cannot work without. With granular consent a person may untick the calendar scopes, so the
 * {@code scope} field of the token response is checked, not assumed.
 */
public final class GoogleScopes {

    public static final String OPENID = "openid";
    public static final String EMAIL = "email";
    /** Google's profile name (the userinfo {@code name} claim), for the invite's title; not required. */
    public static final String PROFILE = "profile";
    /** What Google lists in the token response when {@code email} was granted. */
    public static final String EMAIL_LONG_FORM = "https://www.googleapis.com/auth/userinfo.email";
    public static final String CALENDAR_EVENTS = "https://www.googleapis.com/auth/calendar.events";
    public static final String CALENDAR_FREEBUSY = "https://www.googleapis.com/auth/calendar.freebusy";
    /** Full calendar access; it covers both calendar scopes above. */
    public static final String CALENDAR = "https://www.googleapis.com/auth/calendar";

    /** The scopes requested at sign-in, in the order they are sent. */
    public static final List<String> REQUESTED = List.of(OPENID, EMAIL, PROFILE, CALENDAR_EVENTS, CALENDAR_FREEBUSY);

    private static final List<Permission> REQUIRED = List.of(
            new Permission("email", "see your email address", Set.of(EMAIL, EMAIL_LONG_FORM)),
            new Permission("calendar.events", "create and update the touch-base invites on your calendar",
                    Set.of(CALENDAR_EVENTS, CALENDAR)),
            new Permission("calendar.freebusy", "see when you are busy", Set.of(CALENDAR_FREEBUSY, CALENDAR)));

    private GoogleScopes() {
    }

    /**
     * A permission Touchbase needs, in words a person understands.
     *
     * @param name the scope's short name, e.g. {@code calendar.freebusy}
     * @param purpose what Touchbase does with it, e.g. "see when you are busy"
     * @param grantedBy the scopes any one of which grants it
     */
    public record Permission(String name, String purpose, Set<String> grantedBy) {
        public Permission {
            grantedBy = Set.copyOf(grantedBy);
        }
    }

    /** The required permissions that none of {@code granted} covers; empty when all are granted. */
    public static List<Permission> missingFrom(Set<String> granted) {
        List<Permission> missing = new ArrayList<>();
        for (Permission permission : REQUIRED) {
            if (permission.grantedBy().stream().noneMatch(granted::contains)) {
                missing.add(permission);
            }
        }
        return missing;
    }
}
