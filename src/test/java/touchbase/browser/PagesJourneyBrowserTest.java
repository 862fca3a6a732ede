package touchbase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import touchbase.config.AppConfig;
import touchbase.config.RunningService;
import touchbase.config.Wiring;

/**
 * The whole journey on the pages, in demo mode, in Debian's headless Chromium: connect, set
 * preferences, add three colleagues (one by CSV), plan, book all, see them on the dashboard, skip one
 * occurrence, reschedule one series, cancel one; and last contact: meetings on the calendar read by
 * "Check with Google Calendar now", most overdue first, the meeting-title opt-in, "We just met". Every
 * page is checked by {@link PageCheck}: screenshots
 * at 1280x800 and 390x844, no sideways scrolling at 390 px, no serious or critical axe-core violation.
 */
class PagesJourneyBrowserTest {

    @TempDir
    Path dataDir;

    private RunningService service;
    private ChromeDriver browser;
    private PageCheck pages;
    private String base;

    @BeforeEach
    void startDemo() {
        int port = freePort();
        base = "http://localhost:" + port;
        service = Wiring.start(AppConfig.fromEnvironment(Map.of(
                "PORT", String.valueOf(port), "TOUCHBASE_DATA_DIR", dataDir.toString())));
        browser = Browser.start();
        pages = new PageCheck(browser);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        service.close();
    }

    @Test
    void aNewcomerWalksTheWholeJourneyOnThePages() throws Exception {
        open("/");
        assertThat(text("demo-banner")).contains("Demo mode");
        assertThat(text("demo-colleagues")).contains("lena.vogel@demo.touchbase.test");
        pages.check("01-welcome");

        browser.findElement(By.id("connect-google")).click();
        clickAndWait(browser.findElement(By.id("allow")));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/");
        assertThat(text("signed-in-email")).isEqualTo("alex.morgan@demo.touchbase.test");
        assertThat(browser.findElements(By.id("disconnect-google"))).as("Disconnect lives in Preferences").isEmpty();
        pages.check("02-dashboard-new");

        setPreferences();
        addThreeColleagues();
        planAndBookAll();

        open("/");
        assertThat(text("upcoming")).contains("Jordan Blake").contains("Priya Raman").contains("Invite sent")
                .contains("London time").contains("New York time").contains("Kolkata time");
        assertThat(browser.findElements(By.cssSelector("#meter-chart rect"))).hasSizeGreaterThanOrEqualTo(26);
        pages.check("09-dashboard");
        pages.smallShot("readme-dashboard");

        changeSeries();

        open("/feed");
        pages.check("14-feed");
        String feedUrl = browser.findElement(By.id("feed-url")).getAttribute("value");
        assertThat(feedUrl).startsWith(base + "/feed/").endsWith(".ics");
        java.net.http.HttpResponse<String> feed = fetch(feedUrl);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("RRULE:");
        clickAndWait(browser.findElement(By.id("rotate")));
        clickAndWait(browser.findElement(By.id("confirm-rotate")));
        String rotated = browser.findElement(By.id("feed-url")).getAttribute("value");
        assertThat(rotated).isNotEqualTo(feedUrl);
        assertThat(fetch(feedUrl).statusCode()).isEqualTo(404);
        assertThat(fetch(rotated).statusCode()).isEqualTo(200);
        assertThat(fetch(rotated).body()).contains("Jordan Blake");
        browser.findElement(By.id("feed-shows-names")).click();
        clickAndWait(browser.findElement(By.id("save-feed-privacy")));
        assertThat(browser.findElement(By.id("feed-shows-names")).isSelected()).isFalse();
        assertThat(fetch(rotated).body()).doesNotContain("Jordan Blake").doesNotContain("jordan.blake@");

        open("/no-such-page");
        assertThat(text("error-page")).contains("Page not found");
        pages.check("15-not-found");

        open("/");
        clickAndWait(browser.findElement(By.id("sign-out")));
        assertThat(browser.findElement(By.id("connect-google")).getText()).contains("Connect Google Calendar");
    }

    @Test
    void lastContactReadFromTheCalendarShowsMostOverdueFirstAndWeJustMetSkipsTheNextTouchBase() {
        open("/");
        browser.findElement(By.id("connect-google")).click();
        clickAndWait(browser.findElement(By.id("allow")));
        open("/colleagues");
        add("lena.vogel@demo.touchbase.test", "Lena Vogel", "Europe/Berlin", "monthly");
        add("jordan.blake@demo.touchbase.test", "Jordan Blake", "America/New_York", "weekly");
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        var google = service.emulator().orElseThrow();
        touchbase.it.MeetingsOnDemoGoogle.meeting(google, "Project review", now.minus(Duration.ofDays(10)),
                "lena.vogel@demo.touchbase.test");
        touchbase.it.MeetingsOnDemoGoogle.meeting(google, "Offsite", now.minus(Duration.ofDays(70)),
                "jordan.blake@demo.touchbase.test");

        open("/");
        clickAndWait(browser.findElement(By.id("recheck")));
        String people = text("people");
        assertThat(people.indexOf("Jordan Blake")).as("most overdue first").isLessThan(people.indexOf("Lena Vogel"));
        assertThat(people).contains("overdue").contains("1 week ago").contains("Last contact: other meeting")
                .doesNotContain("Project review");
        pages.check("contact-01-dashboard");

        open("/preferences");
        WebElement grace = browser.findElement(By.id("graceDays"));
        grace.clear();
        grace.sendKeys("3");
        browser.findElement(By.id("showMeetingTitles")).click();
        clickAndWait(browser.findElement(By.id("save-preferences")));
        assertThat(text("notice")).startsWith("Preferences saved");
        assertThat(browser.findElement(By.id("graceDays")).getAttribute("value")).isEqualTo("3");
        pages.check("contact-02-preferences");

        open("/plan");
        clickAndWait(browser.findElements(By.cssSelector("button.book")).stream()
                .filter(b -> b.getText().equals("Book with Lena Vogel")).findFirst().orElseThrow());
        open("/colleagues");
        assertThat(text("colleague-list")).contains("other meeting: Project review");
        pages.check("contact-03-colleagues");

        open("/");
        WebElement justMet = browser.findElement(By.cssSelector("#people button.just-met"));
        assertThat(justMet.getText()).startsWith("We just met: skip");
        assertThat(justMet.getAccessibleName()).endsWith("with Lena Vogel");
        clickAndWait(justMet);
        assertThat(text("notice")).startsWith("Noted that you just met: the touch-base of ")
                .endsWith("is skipped, and Google tells your colleague.");
        pages.check("contact-04-just-met");
    }

    private static java.net.http.HttpResponse<String> fetch(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void setPreferences() {
        open("/preferences");
        pages.check("03-preferences");
        WebElement perDay = browser.findElement(By.id("maxPerDay"));
        perDay.clear();
        perDay.sendKeys("50");
        clickAndWait(browser.findElement(By.id("save-preferences")));
        assertThat(text("maxPerDay-error")).contains("from 1 to 20");
        assertThat(browser.findElement(By.id("maxPerDay")).getAttribute("value")).isEqualTo("50");
        assertThat(browser.findElements(By.id("notice"))).isEmpty();
        pages.check("04-preferences-error");

        perDay = browser.findElement(By.id("maxPerDay"));
        perDay.clear();
        perDay.sendKeys("3");
        WebElement perWeek = browser.findElement(By.id("maxPerWeek"));
        perWeek.clear();
        perWeek.sendKeys("10");
        new Select(browser.findElement(By.id("defaultCadence"))).selectByValue("monthly");
        clickAndWait(browser.findElement(By.id("save-preferences")));
        assertThat(text("notice")).isEqualTo("Preferences saved. New plans follow them.");
        assertThat(browser.findElement(By.id("maxPerWeek")).getAttribute("value")).isEqualTo("10");
    }

    private void addThreeColleagues() throws IOException {
        open("/colleagues");
        pages.check("05-colleagues-empty");
        add("lena.vogel@demo.touchbase.test", "Lena Vogel", "Europe/Berlin", "monthly");
        assertThat(text("notice")).startsWith("Colleague added");
        add("jordan.blake@demo.touchbase.test", "Jordan Blake", "America/New_York", "every two weeks");

        add("sam.rivera@demo.touchbase.test", "S".repeat(3000), "", "");
        assertThat(text("name-error")).contains("at most 200");
        assertThat(browser.findElement(By.id("add-email")).getAttribute("value")).isEqualTo("sam.rivera@demo.touchbase.test");
        assertThat(browser.findElement(By.id("add-name")).getAttribute("value")).hasSize(3000);
        pages.check("06-colleagues-error");

        Path csv = dataDir.resolve("colleagues.csv");
        Files.writeString(csv, "email,name,timezone,cadence\npriya.raman@demo.touchbase.test,Priya Raman,Asia/Kolkata,weekly\n"
                + "not-an-email,Nobody,UTC,weekly\n");
        browser.findElement(By.id("csv-file")).sendKeys(csv.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.cssSelector("#import-csv button")));
        assertThat(text("import-report")).contains("1 added").contains("1 not imported")
                .contains("line 3: \"not-an-email\" is not an email address");
        assertThat(text("colleague-list")).contains("Lena Vogel").contains("Jordan Blake").contains("Priya Raman")
                .doesNotContain("overdue");
        pages.check("07-colleagues");
    }

    private void add(String email, String name, String zone, String cadence) {
        browser.findElement(By.id("add-email")).clear();
        browser.findElement(By.id("add-email")).sendKeys(email);
        WebElement nameField = browser.findElement(By.id("add-name"));
        nameField.clear();
        browser.executeScript("arguments[0].value = arguments[1]", nameField, name);
        new Select(browser.findElement(By.id("add-timezone"))).selectByValue(zone);
        new Select(browser.findElement(By.id("add-cadence"))).selectByValue(cadence);
        clickAndWait(browser.findElement(By.cssSelector("#add-colleague button")));
    }

    private void planAndBookAll() {
        open("/plan");
        List<String> buttons = browser.findElements(By.cssSelector("button.book")).stream().map(WebElement::getText).toList();
        assertThat(buttons).containsExactlyInAnyOrder("Book with Lena Vogel", "Book with Jordan Blake",
                "Book with Priya Raman");
        assertThat(text("proposals")).contains("London time").contains("New York time").contains("free");
        pages.check("08-plan");

        browser.findElement(By.cssSelector("#book-all button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("notice=booked"));
        settle();
        assertThat(text("notice")).startsWith("Booked");
        assertThat(browser.findElements(By.id("writing"))).isEmpty();
        assertThat(text("nothing-to-plan")).contains("Everyone has a touch-base booked");
    }

    private void changeSeries() {
        open("/series");
        assertThat(text("series-list")).contains("Booked on Google Calendar").doesNotContain("FREQ=");
        pages.check("10-series");

        WebElement lena = seriesOf("Lena Vogel");
        WebElement skip = lena.findElement(By.cssSelector("ol.occurrences form button"));
        assertThat(skip.getText()).startsWith("Skip");
        clickAndWait(skip);
        assertThat(text("notice")).startsWith("Skipped");
        assertThat(seriesOf("Lena Vogel").findElements(By.cssSelector("ol.occurrences li.skipped"))).hasSize(1);

        WebElement jordan = seriesOf("Jordan Blake");
        jordan.findElement(By.tagName("summary")).click();
        WebElement start = jordan.findElement(By.cssSelector("input[type=datetime-local]"));
        String moved = LocalDateTime.parse(start.getAttribute("value")).plusHours(1).toString();
        browser.executeScript("arguments[0].value = arguments[1]", start, moved);
        clickAndWait(jordan.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Reschedule with Jordan Blake')]")));
        assertThat(text("notice")).startsWith("Rescheduled");
        pages.check("11-series-changed");

        WebElement priya = seriesOf("Priya Raman");
        priya.findElement(By.tagName("summary")).click();
        clickAndWait(priya.findElement(By.linkText("Cancel touch-bases with Priya Raman")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cancel the touch-bases with Priya Raman?");
        pages.check("12-series-cancel");
        clickAndWait(browser.findElement(By.id("confirm-cancel")));
        assertThat(text("notice")).startsWith("Series cancelled");
        assertThat(text("series-list")).doesNotContain("Priya Raman");

        open("/colleagues");
        WebElement lenaCard = browser.findElements(By.cssSelector("#colleague-list > li")).stream()
                .filter(li -> li.getText().contains("Lena Vogel")).findFirst().orElseThrow();
        clickAndWait(lenaCard.findElement(By.partialLinkText("Remove")));
        assertThat(text("series-to-cancel")).contains("Monthly on the");
        pages.check("13-colleague-remove");
    }

    private WebElement seriesOf(String name) {
        return browser.findElements(By.cssSelector("#series-list > li")).stream()
                .filter(li -> li.findElement(By.tagName("h2")).getText().equals(name)).findFirst().orElseThrow();
    }

    private void open(String path) {
        browser.get(base + path);
        settle();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Clicks what leaves the page (a link or a form's button) and waits until the next page has loaded. */
    private void clickAndWait(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isGone(page));
        settle();
    }

    /**
     * Whether the page an element belonged to was replaced. Chromium answers a touch of a node from the
     * previous document either with a stale-element error or, mid-navigation, with "Node with given id
     * does not belong to the document": both mean the old page is gone.
     */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    private void settle() {
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
