package touchbase.web;

/** Shown when the person declined on Google's consent screen ({@code error=access_denied}) or Google sent another error. */
public record AccessDeniedPage(Shell shell, boolean accessDenied, String error) {
}
