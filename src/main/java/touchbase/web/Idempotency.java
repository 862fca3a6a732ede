package touchbase.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.IdempotencyKeys;
import touchbase.domain.Sha256;

/**
 * Makes a creating {@code POST} safe to repeat: with an {@code Idempotency-Key} header, the first
 * answer is stored and a repeat of the same request gets it again (and creates nothing); the same
 * key with a different body is refused with 422.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;

    Idempotency(IdempotencyKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
    }

    Handler wrap(Handler creating) {
        return ctx -> {
            String key = ctx.header(HEADER);
            if (key == null || key.isBlank()) {
                creating.handle(ctx);
                return;
            }
            if (key.length() > 255) {
                throw new BadRequest(HEADER, HEADER + " must be at most 255 characters");
            }
            String accountId = ApiGuard.caller(ctx).accountId();
            String requestHash = Sha256.hex(ctx.method().name() + " " + ctx.path() + "\n" + ctx.body());
            Optional<IdempotencyKeys.StoredAnswer> stored = keys.find(accountId, key);
            if (stored.isPresent()) {
                replay(ctx, stored.get(), requestHash);
                return;
            }
            creating.handle(ctx);
            int status = ctx.status().getCode();
            if (status < 500) {
                keys.save(accountId, key, new IdempotencyKeys.StoredAnswer(requestHash, status, ctx.result()));
            }
        };
    }

    private static void replay(Context ctx, IdempotencyKeys.StoredAnswer answer, String requestHash) {
        if (!answer.requestHash().equals(requestHash)) {
            throw new BadRequest(HttpStatus.UNPROCESSABLE_CONTENT, HEADER,
                    HEADER + " was already used for a different request; use a new key for a new request");
        }
        ctx.header("Idempotent-Replayed", "true");
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }
}
