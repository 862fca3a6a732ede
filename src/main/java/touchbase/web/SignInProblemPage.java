package touchbase.web;

/** A sign-in or session problem explained in a sentence, with a way to start again. */
public record SignInProblemPage(Shell shell, String heading, String explanation) {
}
