package touchbase.google.emulator.calendar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static touchbase.google.emulator.TestGoogle.at;
import static touchbase.google.emulator.TestGoogle.event;

import com.google.api.services.calendar.model.ConferenceData;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.google.api.services.calendar.model.Event;
import org.junit.jupiter.api.Test;
import touchbase.google.emulator.EmulatorCase;

class GoogleEmulator_MeetTest extends EmulatorCase {


    @Test
    void meetLinkIsPendingOnInsertAndSucceedsOnNextRead() throws Exception {
        Event inserted = calendar.events().insert("primary", withMeet("meetevent01")).setConferenceDataVersion(1).execute();

        Event read = calendar.events().get("primary", "meetevent01").execute();

        assertThat(inserted.getConferenceData().getCreateRequest().getStatus().getStatusCode()).isEqualTo("pending");
        assertThat(read.getConferenceData().getCreateRequest().getStatus().getStatusCode()).isEqualTo("success");
        assertThat(read.getConferenceData().getConferenceId()).matches("[a-z]{3}-[a-z]{4}-[a-z]{3}");
        assertThat(read.getConferenceData().getEntryPoints()).singleElement().satisfies(entry -> {
            assertThat(entry.getEntryPointType()).isEqualTo("video");
            assertThat(entry.getUri()).isEqualTo("https://meet.google.com/" + read.getConferenceData().getConferenceId());
        });
        assertThat(read.getHangoutLink()).isEqualTo(read.getConferenceData().getEntryPoints().get(0).getUri());
    }

    @Test
    void insertWithoutConferenceDataVersionIgnoresTheRequest() throws Exception {
        Event inserted = calendar.events().insert("primary", withMeet("meetevent02")).execute();

        assertThat(inserted.getConferenceData()).isNull();
    }

    @Test
    void patchWithoutConferenceDataVersionDropsTheMeetLink() throws Exception {
        calendar.events().insert("primary", withMeet("meetevent03")).setConferenceDataVersion(1).execute();
        calendar.events().get("primary", "meetevent03").execute();

        Event patched = calendar.events().patch("primary", "meetevent03", new Event().setSummary("Renamed")).execute();

        assertThat(patched.getConferenceData()).isNull();
        assertThat(patched.getHangoutLink()).isNull();
    }

    @Test
    void patchWithConferenceDataVersionKeepsTheMeetLink() throws Exception {
        calendar.events().insert("primary", withMeet("meetevent04")).setConferenceDataVersion(1).execute();
        String uri = calendar.events().get("primary", "meetevent04").execute().getHangoutLink();

        Event patched = calendar.events().patch("primary", "meetevent04", new Event().setSummary("Renamed"))
                .setConferenceDataVersion(1).execute();

        assertThat(patched.getHangoutLink()).isEqualTo(uri);
        assertThat(patched.getSequence()).isZero();
    }

    private static Event withMeet(String id) {
        return event("Touch base", at("2026-03-10T10:00", "Europe/London"), at("2026-03-10T10:30", "Europe/London"))
                .setId(id)
                .setConferenceData(new ConferenceData().setCreateRequest(new CreateConferenceRequest()
                        .setRequestId("req-" + id)
                        .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet"))));
    }
}
