package touchbase.web.pages;

import java.util.List;
import touchbase.web.Shell;

/** "Remove Ana Souza?": names each series that removing cancels (Google tells the colleague). */
public record RemoveColleaguePage(Shell shell, String id, String name, List<String> series) {
}
