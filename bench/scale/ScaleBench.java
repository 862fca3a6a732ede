package touchbase.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import touchbase.it.ClusterBrowser;
import touchbase.it.TouchbaseCluster;

/**
 * The booking half of {@code bench/scale.sh} (a benchmark, never a test), run as a source-file program on
 * the tests' classpath: it reuses the tests' cluster (real wiring, one Google emulator, PostgreSQL from
 * {@code TOUCHBASE_TEST_DB_URL} or an embedded 17.5). For one and then two instances on PostgreSQL, and one
 * on SQLite, it books {@code COLLEAGUES} colleagues through the JSON API with {@code CLIENTS} concurrent
 * clients whose requests go round the instances, and reports colleagues booked per second from the first
 * request until Google (the emulator) has every series. It then prints the feed address of the PostgreSQL
 * and of the SQLite account (for wrk) and keeps serving until its standard input closes.
 */
public final class ScaleBench {

    private static final int COLLEAGUES = Integer.parseInt(System.getenv().getOrDefault("COLLEAGUES", "40"));
    private static final int WARM_UP = 12;
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("CLIENTS", "4"));

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("touchbase-scale-bench");
        try (TouchbaseCluster warmUp = TouchbaseCluster.onSqlite(work.resolve("warm-up"))) {
            book(null, warmUp, 1, WARM_UP); // the JIT compiles the booking path before anything is timed
        }
        System.out.printf("| setup | colleagues | clients | seconds | colleagues/s |%n|---|--:|--:|--:|--:|%n");
        try (TouchbaseCluster one = new TouchbaseCluster(work.resolve("pg-one"))) {
            book("PostgreSQL, 1 instance", one, 1, COLLEAGUES);
        }
        try (TouchbaseCluster two = new TouchbaseCluster(work.resolve("pg-two"));
                TouchbaseCluster lite = TouchbaseCluster.onSqlite(work.resolve("sqlite"))) {
            String postgresFeed = book("PostgreSQL, 2 instances", two, 2, COLLEAGUES);
            String sqliteFeed = book("SQLite, 1 instance", lite, 1, COLLEAGUES);
            System.out.println("FEED postgres " + postgresFeed);
            System.out.println("FEED sqlite " + sqliteFeed);
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve the feeds until bench/scale.sh closes our input
            }
        }
    }

    /**
     * Books {@code colleagues} on a cluster of {@code instances} and prints the line of {@code setup} (none
     * for a warm-up); answers the account's feed address on the first instance.
     */
    private static String book(String setup, TouchbaseCluster cluster, int instances, int colleagues) throws Exception {
        int[] ports = IntStream.range(0, instances).map(i -> cluster.instance().port()).toArray();
        ClusterBrowser browser = new ClusterBrowser();
        browser.signIn(ports[0], ports[ports.length - 1]);
        String zone = ClusterBrowser.json(browser.api(ports[0], "GET", "/api/me", null)).get("timeZone").asString();
        browser.api(ports[0], "PUT", "/api/me/preferences",
                "{\"maxPerDay\":20,\"maxPerWeek\":100,\"bufferMinutes\":0,\"addMeetLink\":false}");
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < colleagues; i++) {
            int n = i;
            done.add(clients.submit(() -> bookOne(browser, ports, n, zone)));
        }
        for (Future<?> one : done) {
            one.get();
        }
        clients.shutdown();
        waitUntilBooked(browser, ports, colleagues);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (setup != null) {
            System.out.printf("| %s | %d | %d | %.1f | %.1f |%n", setup, colleagues, CLIENTS, seconds, colleagues / seconds);
        }
        String url = ClusterBrowser.json(browser.api(ports[0], "GET", "/api/feed", null)).get("url").asString();
        return "http://127.0.0.1:" + ports[0] + URI.create(url).getPath();
    }

    private static void bookOne(ClusterBrowser browser, int[] ports, int n, String zone) {
        String id = JSON.readTree(retried(() -> browser.api(ports[n % ports.length], "POST", "/api/colleagues",
                "{\"email\":\"bench" + n + "@scale.touchbase.test\",\"name\":\"Bench " + n + "\",\"timezone\":\"" + zone
                        + "\",\"cadence\":\"quarterly\"}"))).get("id").asString();
        retried(() -> browser.api(ports[(n + 1) % ports.length], "POST", "/api/touchbases",
                "{\"colleagueId\":\"" + id + "\"}"));
    }

    /** A call that met a busy database (SQLite under concurrent writers answers 500 then) is tried again. */
    private static String retried(java.util.function.Supplier<HttpResponse<String>> call) {
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            answer = call.get();
            if (answer.statusCode() < 300 || answer.statusCode() == 409) {
                return answer.body();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("gave up after " + answer.statusCode() + ": " + answer.body());
    }

    private static void waitUntilBooked(ClusterBrowser browser, int[] ports, int colleagues) throws InterruptedException {
        for (int round = 0; round < 3000; round++) {
            long booked = 0;
            for (var series : ClusterBrowser.json(browser.api(ports[round % ports.length], "GET", "/api/touchbases", null))) {
                booked += "booked".equals(series.get("status").asString()) ? 1 : 0;
            }
            if (booked >= colleagues) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not every series was booked in time " + Arrays.toString(ports));
    }
}
