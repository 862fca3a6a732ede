package touchbase.google.emulator.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the emulator knows at start: the account that signs in on the consent page, the other
 * people of the domain, the OAuth clients it accepts and the events already on calendars.
 * Calendars of {@code domain} that are not seeded exist but are empty; any other address is
 * {@code notFound} in free/busy.
 */
public record EmulatorSeed(
        String domain,
        EmulatedPerson account,
        List<EmulatedPerson> colleagues,
        List<OAuthClientRegistration> clients,
        List<SeedEvent> events) {

    public EmulatorSeed {
        Objects.requireNonNull(domain, "domain must not be null");
        Objects.requireNonNull(account, "account must not be null");
        colleagues = List.copyOf(Objects.requireNonNull(colleagues, "colleagues must not be null"));
        clients = List.copyOf(Objects.requireNonNull(clients, "clients must not be null"));
        events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
    }

    /** Everyone with a calendar: the account first, then the colleagues. */
    public List<EmulatedPerson> people() {
        List<EmulatedPerson> people = new ArrayList<>();
        people.add(account);
        people.addAll(colleagues);
        return people;
    }

    public Optional<EmulatedPerson> person(String email) {
        return people().stream().filter(p -> p.email().equalsIgnoreCase(email)).findFirst();
    }

    public Optional<OAuthClientRegistration> client(String clientId) {
        return clients.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    /** Whether a calendar exists for this address: a seeded person or anyone of the domain. */
    public boolean knows(String calendarId) {
        return person(calendarId).isPresent() || calendarId.toLowerCase().endsWith("@" + domain.toLowerCase());
    }

    public EmulatorSeed withEvents(List<SeedEvent> more) {
        List<SeedEvent> all = new ArrayList<>(events);
        all.addAll(more);
        return new EmulatorSeed(domain, account, colleagues, clients, all);
    }
}
