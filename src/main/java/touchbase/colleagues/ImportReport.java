package touchbase.colleagues;

import java.util.List;
import java.util.Objects;

/** What a CSV import did with each line, in file order; rejected lines did not stop the good ones. */
public record ImportReport(List<Line> lines) {

    /** What happened to one line. */
    public enum Outcome { ADDED, UPDATED, REJECTED }

    /**
     * One non-blank line of the file (the header excluded).
     *
     * @param message for people, starting with the line number, e.g. {@code line 4: "bob@" is not an email address}
     */
    public record Line(int lineNumber, String email, Outcome outcome, String message) {
        public Line {
            Objects.requireNonNull(email, "email must not be null");
            Objects.requireNonNull(outcome, "outcome must not be null");
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    public ImportReport {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines must not be null"));
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).count();
    }

    public List<Line> rejected() {
        return lines.stream().filter(line -> line.outcome() == Outcome.REJECTED).toList();
    }
}
