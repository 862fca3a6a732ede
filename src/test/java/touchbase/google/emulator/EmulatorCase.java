package touchbase.google.emulator;

import com.google.api.services.calendar.Calendar;
import org.junit.jupiter.api.AfterEach;
import touchbase.google.emulator.seed.SeedEvent;

/** Base for emulator tests: a fresh {@link TestGoogle} per test and Alex's Calendar client. */
public abstract class EmulatorCase {

    protected final TestGoogle google;
    protected final Calendar calendar;

    protected EmulatorCase(SeedEvent... events) {
        google = TestGoogle.start(events);
        calendar = google.calendarAs(TestGoogle.ALEX);
    }

    @AfterEach
    protected void stopEmulator() {
        google.close();
    }
}
