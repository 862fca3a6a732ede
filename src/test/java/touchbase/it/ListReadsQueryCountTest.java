package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list read sends the same number of SQL statements whatever the number of colleagues (issue 15,
 * "Load"): {@code GET /api/colleagues}, {@code GET /api/touchbases} and the dashboard, counted with a
 * Jdbi {@link SqlLogger} on the running service's database, with 5 and with 50 booked colleagues.
 * Statements of the background jobs (their own threads) are not counted. Each counted read follows a write,
 * so it is computed afresh (what is kept between reads is {@code ReadsKeptTest}'s).
 */
class ListReadsQueryCountTest {

    private static final String[] READS = {"/api/colleagues", "/api/touchbases", "/"};

    @Test
    void listReadsSendAFixedNumberOfQueriesWhateverTheNumberOfColleagues(@TempDir Path dataDir) {
        try (DemoSession demo = new DemoSession(dataDir)) {
            StatementCounter counter = new StatementCounter();
            demo.service().database().orElseThrow().jdbi().setSqlLogger(counter);
            assertThat(demo.api("PUT", "/api/me/preferences", "{\"maxPerDay\":20,\"maxPerWeek\":100}").statusCode())
                    .isEqualTo(200);

            bookColleagues(demo, 0, 5);
            Map<String, Integer> withFive = countReads(demo, counter);
            bookColleagues(demo, 5, 50);
            Map<String, Integer> withFifty = countReads(demo, counter);

            System.out.println("SQL statements per read, 5 colleagues: " + withFive + "; 50: " + withFifty);
            assertThat(withFifty).as("statements per read with 50 colleagues (with 5: %s)", withFive)
                    .isEqualTo(withFive);
        }
    }

    /** Adds colleagues and books each (the series are written to Google in the background). */
    private static void bookColleagues(DemoSession demo, int from, int to) {
        for (int i = from; i < to; i++) {
            String id = DemoSession.json(demo.api("POST", "/api/colleagues", "{\"email\":\"colleague" + i
                    + "@example.com\",\"name\":\"Colleague " + i + "\",\"cadence\":\"monthly\"}")).get("id").asString();
            var booked = demo.api("POST", "/api/touchbases", "{\"colleagueId\":\"" + id + "\"}");
            assertThat(booked.statusCode()).as("booking colleague %d: %s", i, booked.body()).isEqualTo(201);
        }
    }

    private static Map<String, Integer> countReads(DemoSession demo, StatementCounter counter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String path : READS) {
            demo.api("GET", path, null);
            changeSomething(demo);
            counter.reset();
            assertThat(demo.api("GET", path, null).statusCode()).as(path).isEqualTo(200);
            counts.put(path, counter.count());
        }
        return counts;
    }

    /**
     * A write that every list read shows (the account's settings), so the read that follows is computed
     * afresh rather than answered from what was kept of the one before: its statements are the ones counted.
     */
    private static void changeSomething(DemoSession demo) {
        assertThat(demo.api("PUT", "/api/me/preferences", "{\"maxPerDay\":20,\"maxPerWeek\":100}").statusCode())
                .isEqualTo(200);
    }

    /** Counts the statements sent from request threads (not db-scheduler's). */
    private static final class StatementCounter implements SqlLogger {

        private final AtomicInteger statements = new AtomicInteger();

        @Override
        public void logAfterExecution(StatementContext context) {
            count(context);
        }

        @Override
        public void logException(StatementContext context, SQLException ex) {
            count(context);
        }

        private void count(StatementContext context) {
            if (!Thread.currentThread().getName().startsWith("db-scheduler")) {
                statements.incrementAndGet();
            }
        }

        void reset() {
            statements.set(0);
        }

        int count() {
            return statements.get();
        }
    }
}
