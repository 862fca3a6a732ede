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
 * it as a background job (every 30 minutes, on one instance at a time). With {@link Alone} (the
 * database's per-account lease, shared by every instance) an account whose recheck runs already, from a
 * person's request on any instance, is left to that one.
 */
public final class RecheckJob implements Runnable {

    /** Runs one account's work unless that account's recheck runs already anywhere; false when skipped. */
    @FunctionalInterface
    public interface Alone {
        boolean run(String accountId, Runnable work);
    }

    private static final System.Logger LOG = System.getLogger(RecheckJob.class.getName());

    private final Recheck recheck;
    private final TouchBases touchBases;
    private final java.util.Optional<Colleagues> colleagues;
    private final Alone alone;

    public RecheckJob(Recheck recheck, TouchBases touchBases) {
        this(recheck, touchBases, java.util.Optional.empty());
    }

    /** With {@code colleagues}, also reads last contact for the accounts with colleagues but no active series. */
    public RecheckJob(Recheck recheck, TouchBases touchBases, java.util.Optional<Colleagues> colleagues) {
        this(recheck, touchBases, colleagues, (accountId, work) -> {
            work.run();
            return true;
        });
    }

    /** With {@code alone}, an account is skipped while its recheck runs elsewhere (it is rechecked then anyway). */
    public RecheckJob(Recheck recheck, TouchBases touchBases, java.util.Optional<Colleagues> colleagues, Alone alone) {
        this.alone = Objects.requireNonNull(alone, "alone must not be null");
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
                if (!alone.run(accountId, () -> reports.add(recheck.recheck(accountId)))) {
                    LOG.log(System.Logger.Level.DEBUG, "recheck of account " + accountId + " runs already: skipped");
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "recheck of account " + accountId + " failed: " + e.getMessage());
            }
        }
        for (String accountId : colleagues.map(Colleagues::accountsWithColleagues).orElse(List.of())) {
            try {
                if (!active.contains(accountId)) {
                    alone.run(accountId, () -> recheck.readLastContact(accountId));
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
