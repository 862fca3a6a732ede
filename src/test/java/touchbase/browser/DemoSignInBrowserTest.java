package touchbase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import touchbase.config.AppConfig;
import touchbase.config.RunningService;
import touchbase.config.Wiring;
import touchbase.google.emulator.demo.DemoCalendars;

/** A newcomer in demo mode: clicks "Connect Google", consents on the emulator's page, lands signed in. */
class DemoSignInBrowserTest {

    @TempDir
    Path dataDir;

    private RunningService service;
    private ChromeDriver browser;
    private String home;

    @BeforeEach
    void startDemo() {
        int port = freePort();
        home = "http://localhost:" + port + "/";
        service = Wiring.start(AppConfig.fromEnvironment(Map.of(
                "PORT", String.valueOf(port), "TOUCHBASE_DATA_DIR", dataDir.toString())));
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        service.close();
    }

    @Test
    void connectingGoogleInDemoModeSignsTheNewcomerIn() {
        browser.get(home);
        assertThat(browser.findElement(By.id("demo-banner")).getText()).contains("Demo mode");

        browser.findElement(By.id("connect-google")).click();
        assertThat(browser.getPageSource()).contains("calendar.events");
        browser.findElement(By.id("allow")).click();
        backOnTouchbase();

        assertThat(browser.getCurrentUrl()).isEqualTo(home);
        assertThat(browser.getPageSource()).contains(DemoCalendars.ACCOUNT_EMAIL);
        assertThat(browser.findElements(By.id("connect-google"))).isEmpty();
        assertThat(browser.manage().getCookieNamed("touchbase_session").isHttpOnly()).isTrue();
    }

    @Test
    void aSignedInPersonAddsAColleagueAndBooksTheirTouchBaseFromThePages() throws Exception {
        browser.get(home);
        browser.findElement(By.id("connect-google")).click();
        browser.findElement(By.id("allow")).click();
        backOnTouchbase();

        browser.get(home + "colleagues");
        browser.findElement(By.name("email")).sendKeys("lena.vogel@demo.touchbase.test");
        browser.findElement(By.name("name")).sendKeys("Lena Vogel");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("timezone"))).selectByValue("Europe/Berlin");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("cadence"))).selectByValue("monthly");
        clickAndWait(browser.findElement(By.cssSelector("#add-colleague button")));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Colleague added");
        assertThat(browser.findElement(By.id("colleague-list")).getText()).contains("Lena Vogel").contains("Monthly")
                .doesNotContain("overdue");

        clickAndWait(browser.findElement(By.linkText("Plan with Lena Vogel")));
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space(.)='Book with Lena Vogel']")));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Book");
        browser.get(home + "series");
        assertThat(browser.findElement(By.id("series-list")).getText()).contains("Lena Vogel")
                .contains("Monthly on the").doesNotContain("FREQ=");
    }

    @Test
    void signingOutEndsTheSessionAndSigningInAgainIsOneClick() {
        browser.get(home);
        browser.findElement(By.id("connect-google")).click();
        browser.findElement(By.id("allow")).click();
        backOnTouchbase();

        browser.findElement(By.id("sign-out")).click();
        backOnTouchbase();
        assertThat(browser.getCurrentUrl()).isEqualTo(home);
        assertThat(browser.findElements(By.id("connect-google"))).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain(DemoCalendars.ACCOUNT_EMAIL);

        browser.findElement(By.id("connect-google")).click();
        backOnTouchbase();
        assertThat(browser.getCurrentUrl()).as("no consent page the second time").isEqualTo(home);
        assertThat(browser.getPageSource()).contains(DemoCalendars.ACCOUNT_EMAIL);
    }

    @Test
    void theStylesheetLoadsUnderTheContentSecurityPolicy() {
        browser.get(home);

        Object background = ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('header.top')).backgroundColor");
        assertThat(background).isEqualTo("rgb(255, 255, 255)");
        assertThat(browser.findElement(By.id("connect-google")).getCssValue("background-color"))
                .isEqualTo("rgba(29, 78, 216, 1)");
    }

    @Test
    void denyingConsentExplainsAndOffersToTryAgain() {
        browser.get(home);
        browser.findElement(By.id("connect-google")).click();
        browser.findElement(By.id("deny")).click();
        backOnTouchbase();

        assertThat(browser.getPageSource()).contains("You chose not to connect");
        assertThat(browser.findElement(By.partialLinkText("Try again")).getAttribute("href")).endsWith("/auth/google");
    }

    /** Clicks what leaves the page and waits until the next page has loaded (not the old one still showing). */
    private void clickAndWait(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        backOnTouchbase();
    }

    private void backOnTouchbase() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("localhost"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
