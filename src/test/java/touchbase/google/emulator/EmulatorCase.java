package touchbase.google.emulator;

import com.google.api.services.calendar.Calendar;
import org.junit.jupiter.api.AfterEach;

/** Base for emulator tests: a fresh {@link TestGoogle} per test and Alex's Calendar client. */
abstract class EmulatorCase {

    protected final TestGoogle google;
    protected final Calendar calendar;

    EmulatorCase(SeedEvent... events) {
        google = TestGoogle.start(events);
        calendar = google.calendarAs(TestGoogle.ALEX);
    }

    @AfterEach
    void stopEmulator() {
        google.close();
    }
}
