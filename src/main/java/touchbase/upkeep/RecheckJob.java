package touchbase.upkeep;

import touchbase.booking.TouchBases;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rechecks every account that has active series, one after another; a failure for one account (for
 * example revoked access) is logged and does not stop the others. The service runs it as a
 * background job (every 30 minutes, on one instance at a time).
 */
public final class RecheckJob implements Runnable {

    private static final System.Logger LOG = System.getLogger(RecheckJob.class.getName());

    private final Recheck recheck;
    private final TouchBases touchBases;

    public RecheckJob(Recheck recheck, TouchBases touchBases) {
        this.recheck = Objects.requireNonNull(recheck, "recheck must not be null");
        this.touchBases = Objects.requireNonNull(touchBases, "touchBases must not be null");
    }

    /** The reports of the accounts rechecked without failure. */
    public List<RecheckReport> runOnce() {
        List<RecheckReport> reports = new ArrayList<>();
        for (String accountId : touchBases.accountsWithActiveSeries()) {
            try {
                reports.add(recheck.recheck(accountId));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "recheck of account " + accountId + " failed: " + e.getMessage());
            }
        }
        return reports;
    }

    @Override
    public void run() {
        runOnce();
    }
}
