package touchbase.web;

import java.util.List;

/** Whether what the service depends on (the database) answers; the health endpoint asks it. */
@FunctionalInterface
public interface HealthCheck {
    public boolean isHealthy();

    /** The background jobs, for {@code /healthz?detail=jobs}; none when the service runs no jobs. */
    default Jobs jobs() {
        return new Jobs(0, 0, List.of());
    }

    /** How many jobs are due, how many run now, and the names of those whose last run failed. */
    record Jobs(int due, int running, List<String> failing) {
        public Jobs {
            failing = List.copyOf(failing);
        }
    }
}
