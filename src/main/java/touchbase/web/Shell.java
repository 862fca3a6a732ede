package touchbase.web;

import java.util.Objects;
import java.util.Optional;

/**
 * What the layout around every page needs: the demo banner, the title, which section of the
 * navigation is current, the fixed-text notice (if any) and, when signed in, who and the CSRF token.
 */
public record Shell(Pages.Banner banner, String title, String section, Optional<String> notice,
        Optional<Account> account) {

    public Shell {
        Objects.requireNonNull(banner, "banner must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(section, "section must not be null");
        Objects.requireNonNull(notice, "notice must not be null");
        Objects.requireNonNull(account, "account must not be null");
    }

    /** The signed-in person as the layout shows them. */
    public record Account(String email, String csrf) {
    }

    public boolean current(String name) {
        return section.equals(name);
    }

    /** The navigation: path, label and section name. */
    public static final java.util.List<String[]> NAV = java.util.List.of(
            new String[] {"/", "Dashboard", "dashboard"},
            new String[] {"/colleagues", "Colleagues", "colleagues"},
            new String[] {"/plan", "Plan", "plan"},
            new String[] {"/groups", "Groups", "groups"},
            new String[] {"/series", "Series", "series"},
            new String[] {"/feed", "Feed", "feed"},
            new String[] {"/preferences", "Preferences", "preferences"});
}
