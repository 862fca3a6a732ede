package touchbase.web;

/** Whether what the service depends on (the database) answers; the health endpoint asks it. */
@FunctionalInterface
public interface HealthCheck {
    public boolean isHealthy();
}
