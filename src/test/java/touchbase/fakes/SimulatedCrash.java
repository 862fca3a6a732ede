package touchbase.fakes;

/** The process stops here: an Error, so no code under test catches it as an ordinary failure. */
public final class SimulatedCrash extends Error {

    public SimulatedCrash(String message) {
        super(message);
    }
}
