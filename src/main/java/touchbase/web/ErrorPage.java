package touchbase.web;

/** An error for people (404, 500, an expired session, a refused form): what happened and the way on. */
public record ErrorPage(Shell shell, int status, String heading, String message, String actionHref,
        String actionLabel) {
}
