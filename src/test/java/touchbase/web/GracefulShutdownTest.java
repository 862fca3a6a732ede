package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import touchbase.TestHttp;

class GracefulShutdownTest {

    @Test
    void stoppingLetsARequestInFlightFinish() throws Exception {
        CountDownLatch requestArrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HealthCheck slowCheck = () -> {
            requestArrived.countDown();
            await(release);
            return true;
        };
        WebApp app = new WebApp(slowCheck, new Pages(new Pages.Banner(false))).start("127.0.0.1", 0);
        TestHttp http = new TestHttp(app.port());

        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> http.get("/healthz"));
        assertThat(requestArrived.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
        Thread.sleep(200);
        assertThat(stopping).isNotDone();
        release.countDown();

        stopping.get(15, TimeUnit.SECONDS);
        HttpResponse<String> response = inFlight.get(15, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
