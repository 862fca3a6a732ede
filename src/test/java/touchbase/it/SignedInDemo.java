package touchbase.it;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A test class's one demo-mode service, signed in on the emulator before its first test and stopped after its last. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignedInDemo {

    @TempDir
    static Path dataDir;

    DemoSession demo;

    @BeforeAll
    void signIn() {
        demo = new DemoSession(dataDir);
    }

    @AfterAll
    void stop() {
        demo.close();
    }
}
