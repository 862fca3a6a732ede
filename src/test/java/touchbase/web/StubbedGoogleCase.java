package touchbase.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Base for web tests: one {@link StubbedGoogleService} per class, reset before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StubbedGoogleCase {

    protected StubbedGoogleService app;

    /** The public URL the service runs under. */
    protected String baseUrl() {
        return "http://localhost:7070";
    }

    @BeforeAll
    void startService(@TempDir Path dataDir) {
        app = new StubbedGoogleService(dataDir, baseUrl());
    }

    @BeforeEach
    void resetService() {
        app.reset();
    }

    @AfterAll
    void stopService() {
        app.close();
    }
}
