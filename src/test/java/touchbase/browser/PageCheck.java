package touchbase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every page must pass, checked in the browser as it stands: a screenshot at 1280x800 and at
 * 390x844 (under {@code target/screenshots/}), no horizontal scrolling at 390 px, and axe-core
 * (vendored in {@code src/test/resources/axe}) with no violation of impact serious or critical.
 */
final class PageCheck {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = load("/axe/axe.min.js");

    private final ChromeDriver browser;

    PageCheck(ChromeDriver browser) {
        this.browser = browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Screenshots at both sizes, the phone-width overflow check and axe, on the page the browser shows. */
    void check(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            size(1280, 800);
            Files.write(SCREENSHOTS.resolve(name + "-1280x800.png"), browser.getScreenshotAs(OutputType.BYTES));
            accessible(name);
            size(390, 844);
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            long innerWidth = (Long) browser.executeScript("return window.innerWidth");
            assertThat(scrollWidth).as("%s scrolls sideways at %d px wide", name, innerWidth)
                    .isLessThanOrEqualTo(innerWidth);
            Files.write(SCREENSHOTS.resolve(name + "-390x844.png"), browser.getScreenshotAs(OutputType.BYTES));
            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            size(390, (int) Math.min(Math.max(height + 140, 844), 5000));
            Files.write(SCREENSHOTS.resolve(name + "-390-full.png"), browser.getScreenshotAs(OutputType.BYTES));
            size(1280, 800);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A smaller picture of the page (1280x800 drawn at three quarters), e.g. for the README. */
    void smallShot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 800,
                    "deviceScaleFactor", 0.75, "mobile", false));
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            size(1280, 800);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void size(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        // The window includes no browser chrome in headless mode; make the viewport exact all the same.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    @SuppressWarnings("unchecked")
    private void accessible(String name) {
        if ((Boolean) browser.executeScript("return typeof window.axe === 'undefined'")) {
            browser.executeScript(AXE);
        }
        Object result = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(function (r) { done(r.violations.map(function (v) {
                    return { id: v.id, impact: v.impact || '', help: v.help,
                             nodes: v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); }).join(' | ') };
                  })); })
                  .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: '' }]); });
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .toList();
        assertThat(serious).as("axe-core on %s", name).isEmpty();
    }

    private static String load(String resource) {
        try (InputStream in = PageCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
