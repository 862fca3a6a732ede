package touchbase.web;

import java.util.List;
import touchbase.account.GoogleScopes;

/** Shown when the person unticked permissions Touchbase needs; names each one and offers to retry. */
public record MissingPermissionPage(Shell shell, List<GoogleScopes.Permission> missing) {

    public MissingPermissionPage {
        missing = List.copyOf(missing);
    }
}
