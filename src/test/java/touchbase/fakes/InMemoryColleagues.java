package touchbase.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import touchbase.colleagues.Colleagues;
import touchbase.domain.Colleague;

/** Colleagues in a map, emails unique per account ignoring case. */
public final class InMemoryColleagues implements Colleagues {

    private final Map<String, Map<String, Colleague>> byAccount = new LinkedHashMap<>();

    @Override
    public synchronized List<Colleague> all(String accountId) {
        return new ArrayList<>(account(accountId).values());
    }

    @Override
    public synchronized Optional<Colleague> find(String accountId, String colleagueId) {
        return Optional.ofNullable(account(accountId).get(colleagueId));
    }

    @Override
    public synchronized Optional<Colleague> findByEmail(String accountId, String email) {
        return account(accountId).values().stream().filter(c -> c.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public synchronized void save(String accountId, Colleague colleague) {
        findByEmail(accountId, colleague.email())
                .filter(other -> !other.id().equals(colleague.id()))
                .ifPresent(other -> {
                    throw new IllegalStateException("email already used by " + other.id());
                });
        account(accountId).put(colleague.id(), colleague);
    }

    @Override
    public synchronized List<String> accountsWithColleagues() {
        return byAccount.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).sorted()
                .toList();
    }

    @Override
    public synchronized void delete(String accountId, String colleagueId) {
        account(accountId).remove(colleagueId);
    }

    private Map<String, Colleague> account(String accountId) {
        return byAccount.computeIfAbsent(accountId, id -> new LinkedHashMap<>());
    }
}
