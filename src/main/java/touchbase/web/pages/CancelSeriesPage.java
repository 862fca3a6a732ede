package touchbase.web.pages;

import touchbase.web.Shell;

/** "Cancel the touch-bases with Ana Souza?": the series in words; Google tells the colleague. */
public record CancelSeriesPage(Shell shell, String id, String name, String rule) {
}
