package touchbase.web.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import touchbase.domain.Sha256;

/**
 * The JSON of one list read per account (the colleagues, the series), written once for each list the use
 * case answers: the use cases keep an account's list, as the same instance, until its data changes or time
 * moves it on, so the bytes are written again exactly when the list is new. Served with a strong ETag (the
 * digest of the bytes) and {@code Cache-Control: private, no-cache}; a matching {@code If-None-Match} answers
 * 304 without a body. At most {@link #MAX_ACCOUNTS} accounts are kept, the least recently read dropped first.
 */
final class KeptJson {

    static final int MAX_ACCOUNTS = 64;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();

    private record Entry(Object source, byte[] bytes, String etag, long readAt) {
    }

    /** Answers {@code source} as {@code answer} writes it, from the kept bytes when {@code source} is the kept list. */
    <T> void answer(Context ctx, String accountId, List<T> source, Function<List<T>, Object> answer) {
        Entry entry = entries.get(accountId);
        if (entry == null || entry.source() != source) {
            byte[] bytes = ctx.jsonMapper().toJsonString(answer.apply(source), Object.class)
                    .getBytes(StandardCharsets.UTF_8);
            entry = new Entry(source, bytes, Sha256.etag(bytes), reads.incrementAndGet());
            keep(accountId, entry);
        } else if (reads.get() - entry.readAt() > MAX_ACCOUNTS) {
            entries.replace(accountId, entry, new Entry(source, entry.bytes(), entry.etag(), reads.incrementAndGet()));
        }
        ctx.header("ETag", entry.etag());
        ctx.header("Cache-Control", "private, no-cache");
        if (EntityTags.matches(ctx.header("If-None-Match"), entry.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(entry.bytes());
    }

    private void keep(String accountId, Entry entry) {
        if (entries.size() >= MAX_ACCOUNTS && !entries.containsKey(accountId)) {
            entries.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().readAt()))
                    .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
        }
        entries.put(accountId, entry);
    }
}
