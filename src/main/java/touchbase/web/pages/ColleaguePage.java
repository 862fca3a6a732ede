package touchbase.web.pages;

import touchbase.web.Shell;

/** Editing one colleague: the form with what is stored (or what was typed, with the errors). */
public record ColleaguePage(Shell shell, String id, String name, Form form) {
}
