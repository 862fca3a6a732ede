package touchbase.web.pages;

import java.util.List;
import java.util.Optional;
import touchbase.web.Shell;

/**
 * The signed-in home: the touch-bases of the next four weeks, the series that need the person, the
 * colleagues most overdue first with their last contact, and the "too thin" meter (touch-bases per week
 * against the weekly cap).
 */
public record DashboardPage(Shell shell, String email, String zone, int colleagues, int unplanned,
        List<Upcoming> upcoming, List<Attention> attention, Meter meter, List<ColleaguesPage.Row> people) {

    /**
     * How many colleagues the dashboard lists, most overdue first; the Colleagues page lists them all
     * (with hundreds of colleagues, the dashboard stays a glance and costs the same to serve).
     */
    public static final int PEOPLE_SHOWN = 25;

    /** One touch-base: when, for both people, its state with Google and the Meet link. */
    public record Upcoming(String colleague, String colleagueEmail, String day, String time, String theirs, String status,
            String statusClass, Optional<String> meet, boolean moved) {
    }

    /**
     * A series or colleague that needs the person, with the one-click fix: a form posted to
     * {@code fixAction}, or a link to {@code fixHref}.
     */
    public record Attention(String colleague, String problem, String fixLabel, Optional<String> fixAction,
            Optional<String> fixHref) {
    }

    /**
     * Touch-bases per week over the planning horizon against the weekly cap, drawn as an SVG bar chart
     * on the server; {@code average} is what the current colleagues' cadences add up to per week.
     */
    public record Meter(List<Bar> bars, int cap, double average, int busiestWeek, boolean overCap, String summary,
            int width, int height, int capY, int averageY) {

        /** One week's bar; {@code over} when it is above the cap. */
        public record Bar(int x, int y, int width, int height, int count, String label, boolean over,
                boolean labelShown) {
        }
    }
}
