package touchbase.web;

/** The landing page: what Touchbase does and the way in. */
public record HomePage(Pages.Banner banner) {
}
