package touchbase.web.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import touchbase.account.changes.PerAccount;
import touchbase.domain.Sha256;

/**
 * The JSON of one list read per account (the colleagues, the series), written once for each list the use
 * case answers: the use cases keep an account's list, as the same instance, until its data changes or time
 * moves it on, so the bytes are written again exactly when the list is new. Served with a strong ETag (the
 * digest of the bytes) and {@code Cache-Control: private, no-cache}; a matching {@code If-None-Match} answers
 * 304 without a body.
 */
final class KeptJson {

    private final PerAccount<Written> kept = new PerAccount<>();

    /** The bytes written of {@code source} (a list instance the use case answered). */
    private record Written(Object source, byte[] bytes, String etag) {
    }

    /** Answers {@code source} as {@code answer} writes it, from the kept bytes when {@code source} is the kept list. */
    <T> void answer(Context ctx, String accountId, List<T> source, Function<List<T>, Object> answer) {
        Written json = kept.get(accountId, written -> Optional.of(written).filter(w -> w.source() == source), () -> {
            byte[] bytes = ctx.jsonMapper().toJsonString(answer.apply(source), Object.class)
                    .getBytes(StandardCharsets.UTF_8);
            return new Written(source, bytes, Sha256.etag(bytes));
        });
        ctx.header("ETag", json.etag());
        ctx.header("Cache-Control", "private, no-cache");
        if (EntityTags.matches(ctx.header("If-None-Match"), json.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.bytes());
    }
}
