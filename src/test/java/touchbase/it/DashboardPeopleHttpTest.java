package touchbase.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import touchbase.web.pages.DashboardPage;

/** The dashboard lists the most overdue colleagues only and links to the Colleagues page for the rest. */
class DashboardPeopleHttpTest extends DemoPerTest {

    private static final int COLLEAGUES = DashboardPage.PEOPLE_SHOWN + 5;

    @BeforeEach
    void signIn() {
        start();
    }

    @Test
    void withManyColleaguesTheDashboardListsTheMostOverdueAndLinksToAllOfThem() {
        for (int i = 0; i < COLLEAGUES; i++) {
            HttpResponse<String> added = demo.api("POST", "/api/colleagues",
                    "{\"email\":\"person" + i + "@example.com\",\"name\":\"Person " + i + "\"}");
            assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
        }

        String dashboard = demo.page("/").body();

        assertThat(Pattern.compile("<li id=\"person-").matcher(dashboard).results().count())
                .isEqualTo(DashboardPage.PEOPLE_SHOWN);
        assertThat(dashboard).contains("<a href=\"/colleagues\">All " + COLLEAGUES + " colleagues</a>");
        assertThat(Pattern.compile("<li class=\"card\" id=\"colleague-").matcher(demo.page("/colleagues").body()).results().count())
                .isEqualTo(COLLEAGUES);
    }

    @Test
    void withFewColleaguesTheDashboardListsThemAllWithoutTheLink() {
        for (int i = 0; i < 3; i++) {
            demo.api("POST", "/api/colleagues", "{\"email\":\"person" + i + "@example.com\"}");
        }

        String dashboard = demo.page("/").body();

        assertThat(Pattern.compile("<li id=\"person-").matcher(dashboard).results().count()).isEqualTo(3);
        assertThat(dashboard).doesNotContain("id=\"people-more\"");
    }
}
