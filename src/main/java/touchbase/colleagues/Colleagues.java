package touchbase.colleagues;

import java.util.List;
import java.util.Optional;
import touchbase.domain.Colleague;

/** Port: the colleagues each account keeps in touch with. Emails are unique per account (case-insensitive). */
public interface Colleagues {

    List<Colleague> all(String accountId);

    Optional<Colleague> find(String accountId, String colleagueId);

    Optional<Colleague> findByEmail(String accountId, String email);

    /**
     * Inserts or replaces the colleague (by id) with everything it holds, working hours included.
     *
     * @throws DuplicateColleague when another colleague of the account has the same email
     */
    void save(String accountId, Colleague colleague);

    /** The accounts that keep at least one colleague (for jobs that visit every such account). */
    List<String> accountsWithColleagues();

    /** Removes the colleague; their series must have been cancelled first (they stay as history). */
    void delete(String accountId, String colleagueId);
}
