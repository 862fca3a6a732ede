package touchbase.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import touchbase.account.AccountProfiles;
import touchbase.account.SecretTokens;
import touchbase.booking.TouchBases;
import touchbase.colleagues.Colleagues;
import touchbase.domain.AccountProfile;
import touchbase.domain.NotFound;
import touchbase.domain.TouchBase;

/**
 * The feed's use cases: the links of an account's feed (its token made on first use), rotating the
 * token, the feed for a token (from the cache, rendered only after a change), one series as an
 * {@code .ics} file, and the privacy setting.
 *
 * <p>Which series the feed lists: only those Google confirmed (with Google's iCalUID as UID, so the UID
 * never changes; a pending series appears once the outbox has written it, seconds later). Booked
 * series, and failed ones still on Google, are CONFIRMED; a series ended by a reschedule keeps its
 * RRULE with UNTIL, so its past occurrences stay; a cancelled series (or one deleted before it began)
 * is STATUS:CANCELLED for {@link #KEEP_CANCELLED}, so subscribers remove it, and then left out.
 */
public final class Feeds {

    /** How long a cancelled series stays in the feed as STATUS:CANCELLED. */
    public static final Duration KEEP_CANCELLED = Duration.ofDays(30);
    /** The longest a rendered feed is served before it is rendered again (without a change, to the same bytes). */
    static final Duration RENDER_AT_LEAST_EVERY = Duration.ofHours(1);
    static final int TOKEN_BYTES = 32;
    static final String CALENDAR_NAME = "Touchbase";


    private final Stores stores;
    private final KnownTokens known = new KnownTokens();
    private final FeedCache cache;
    private final URI baseUrl;
    private final Clock clock;

    /** The ports the feed reads and writes. */
    public record Stores(FeedTokens tokens, FeedSettings settings, FeedRevisions revisions, TouchBases touchBases,
            Colleagues colleagues, AccountProfiles accounts) {
        public Stores {
            Objects.requireNonNull(tokens, "tokens must not be null");
            Objects.requireNonNull(settings, "settings must not be null");
            Objects.requireNonNull(revisions, "revisions must not be null");
            Objects.requireNonNull(touchBases, "touchBases must not be null");
            Objects.requireNonNull(colleagues, "colleagues must not be null");
            Objects.requireNonNull(accounts, "accounts must not be null");
        }
    }

    public Feeds(Stores stores, FeedCache cache, URI baseUrl, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores must not be null");
        this.cache = Objects.requireNonNull(cache, "cache must not be null");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** The account's feed links; the first call makes its token (the same one for concurrent first calls). */
    public FeedLinks links(String accountId) {
        return FeedLinks.of(baseUrl, stores.tokens().currentOrAdd(accountId, FeedTokens.Purpose.OWN,
                SecretTokens.random(TOKEN_BYTES)));
    }

    /** A new token; the old URL answers 404 from now on. */
    public FeedLinks rotate(String accountId) {
        return FeedLinks.of(baseUrl, issue(accountId, FeedTokens.Purpose.OWN));
    }

    /** The links of the account's feed for sharing, if it made one. */
    public Optional<FeedLinks> sharing(String accountId) {
        return stores.tokens().current(accountId, FeedTokens.Purpose.SHARE).map(token -> FeedLinks.of(baseUrl, token));
    }

    /**
     * Makes (or replaces) a second feed address to give to others: the same touch-bases, but never an email
     * address (no ORGANIZER or ATTENDEE), and names only as the account's setting allows. A replaced sharing
     * address answers 404 from now on.
     */
    public FeedLinks share(String accountId) {
        return FeedLinks.of(baseUrl, issue(accountId, FeedTokens.Purpose.SHARE));
    }

    /** Ends the sharing address: it answers 404 from now on (the account's own feed is untouched). */
    public void stopSharing(String accountId) {
        known.forget(accountId);
        stores.tokens().revoke(accountId, FeedTokens.Purpose.SHARE);
        known.forget(accountId);
    }

    private String issue(String accountId, FeedTokens.Purpose purpose) {
        String token = SecretTokens.random(TOKEN_BYTES);
        known.forget(accountId);
        stores.tokens().replace(accountId, purpose, token);
        known.forget(accountId);
        return token;
    }

    /** The feed of the account the token belongs to, in the token's view; empty for an unknown or rotated token. */
    public Optional<RenderedFeed> feed(String token) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return known.ownerOf(token, stores.tokens()::ownerOf, now).map(owner -> cache.get(owner.accountId(),
                owner.purpose(), now, () -> render(owner.accountId(), owner.purpose(), now)));
    }

    /**
     * The feed for {@code token} when answering needs neither the database nor a rendering: the token was
     * found within {@link FeedCache#CHECK_SHARED_EVERY} and its feed is cached and current. Empty otherwise
     * (unknown token included): then {@link #feed} answers, on a thread that may wait for the database.
     */
    public Optional<RenderedFeed> ready(String token) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return known.known(token, now).flatMap(owner -> cache.ready(owner.accountId(), owner.purpose(), now));
    }

    /**
     * One series of the account as a file to import ({@code METHOD:PUBLISH}).
     *
     * @throws NotFound when the account has no such series
     */
    public RenderedFeed series(String accountId, String seriesId) {
        TouchBase series = stores.touchBases().find(accountId, seriesId)
                .orElseThrow(() -> new NotFound("series " + seriesId));
        Instant now = clock.instant();
        Written written = write(accountId, List.of(series), now, true).get(0);
        byte[] bytes = IcsDocuments.publish(CALENDAR_NAME, written.ics());
        return RenderedFeed.of(bytes, now, now);
    }

    public boolean showsNames(String accountId) {
        return stores.settings().showsNames(accountId);
    }

    public void showNames(String accountId, boolean showsNames) {
        stores.settings().setShowsNames(accountId, showsNames);
        cache.invalidate(accountId);
    }

    private RenderedFeed render(String accountId, FeedTokens.Purpose view, Instant now) {
        List<TouchBase> listed = stores.touchBases().forAccount(accountId).stream()
                .filter(series -> listed(series, now))
                .sorted(Comparator.comparing((TouchBase s) -> s.firstStart().toInstant()).thenComparing(TouchBase::id))
                .toList();
        List<Written> written = write(accountId, listed, now, view == FeedTokens.Purpose.OWN);
        Instant validUntil = now.plus(RENDER_AT_LEAST_EVERY);
        for (TouchBase series : listed) {
            if (cancelled(series)) {
                Instant leaves = series.updatedAt().plus(KEEP_CANCELLED);
                validUntil = leaves.isBefore(validUntil) ? leaves : validUntil;
            }
        }
        byte[] bytes = IcsDocuments.feed(CALENDAR_NAME, written.stream().map(Written::ics).toList());
        return RenderedFeed.of(bytes, now, validUntil);
    }

    private record Written(IcsDocuments.Written ics) {
    }

    /**
     * The events of the series as the view shows them ({@code withEmails} false for a shared feed). The
     * revision of each series is counted on the account's own view, so that both views agree on SEQUENCE.
     */
    private List<Written> write(String accountId, List<TouchBase> seriesList, Instant now, boolean withEmails) {
        boolean showsNames = stores.settings().showsNames(accountId);
        String email = stores.accounts().byId(accountId).map(AccountProfile::email).orElse("unknown@touchbase.invalid");
        SeriesEvents own = new SeriesEvents(email, showsNames, true);
        SeriesEvents events = withEmails ? own : new SeriesEvents(email, showsNames, false);
        List<FeedSeries> entries = seriesList.stream()
                .map(series -> new FeedSeries(series, stores.touchBases().changes(accountId, series.id()),
                        stores.colleagues().find(accountId, series.colleagueId())))
                .toList();
        Map<String, String> fingerprints = new HashMap<>();
        for (FeedSeries entry : entries) {
            String text = own.of(entry, cancelled(entry.series()), 0, Instant.EPOCH).stream()
                    .map(Object::toString).collect(Collectors.joining());
            fingerprints.put(entry.series().id(), RenderedFeed.sha256(text));
        }
        Map<String, FeedRevisions.Revision> revisions = fingerprints.isEmpty() ? Map.of()
                : stores.revisions().revise(accountId, fingerprints, now);
        List<Written> written = new ArrayList<>();
        for (FeedSeries entry : entries) {
            TouchBase series = entry.series();
            FeedRevisions.Revision revision = revisions.get(series.id());
            written.add(new Written(new IcsDocuments.Written(
                    events.of(entry, cancelled(series), series.sequence() + revision.number(), revision.revisedAt()),
                    series.firstStart().getZone(), series.firstStart().toInstant())));
        }
        return written;
    }

    /** Confirmed by Google, and not a cancelled series past its time in the feed. */
    private static boolean listed(TouchBase series, Instant now) {
        if (series.iCalUid().isEmpty() || series.googleEventId().isEmpty()) {
            return false;
        }
        return !cancelled(series) || now.isBefore(series.updatedAt().plus(KEEP_CANCELLED));
    }

    /** Gone from Google: cancelled, or ended by a reschedule before it began (deleted rather than given an UNTIL). */
    static boolean cancelled(TouchBase series) {
        return series.status() == TouchBase.Status.CANCELLED
                || (series.status() == TouchBase.Status.ENDED
                        && series.rule().until().isEmpty());
    }

    /** {@code [A-Za-z0-9_-]{22,128}}, checked without a regular expression (every poll asks). */
    private static boolean looksLikeToken(String token) {
        if (token == null || token.length() < 22 || token.length() > 128) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
