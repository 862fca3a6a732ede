package touchbase.upkeep;

import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rechecks every account that has active series, one after another, and reads last contact for every
 * other account with colleagues (whose overdue colleagues are the ones with nothing booked); a failure
 * for one account (for example revoked access) is logged and does not stop the others. The service runs
 * it as a background job (every 30 minutes, on one instance at a time).
 */
public final class RecheckJob implements Runnable {

    private static final System.Logger LOG = System.getLogger(RecheckJob.class.getName());

    private final Recheck recheck;
    private final TouchBases touchBases;
    private final java.util.Optional<Colleagues> colleagues;

    public RecheckJob(Recheck recheck, TouchBases touchBases) {
        this(recheck, touchBases, java.util.Optional.empty());
    }

    /** With {@code colleagues}, also reads last contact for the accounts with colleagues but no active series. */
    public RecheckJob(Recheck recheck, TouchBases touchBases, java.util.Optional<Colleagues> colleagues) {
        this.recheck = Objects.requireNonNull(recheck, "recheck must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
        this.colleagues = Objects.requireNonNull(colleagues, "colleagues must not be null");
    }

    /** The reports of the accounts rechecked without failure. */
    public List<RecheckReport> runOnce() {
        List<RecheckReport> reports = new ArrayList<>();
        List<String> active = touchBases.accountsWithActiveSeries();
        for (String accountId : active) {
            try {
                reports.add(recheck.recheck(accountId));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "recheck of account " + accountId + " failed: " + e.getMessage());
            }
        }
        for (String accountId : colleagues.map(Colleagues::accountsWithColleagues).orElse(List.of())) {
            try {
                if (!active.contains(accountId)) {
                    recheck.readLastContact(accountId);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "last contact of account " + accountId + " failed: "
                        + e.getMessage());
            }
        }
        return reports;
    }

    @Override
    public void run() {
        runOnce();
    }
}
