package touchbase.web;

import io.javalin.http.Handler;
import java.util.Objects;
import java.util.Optional;
import touchbase.account.IdempotentAnswers;

/**
 * Makes a creating {@code POST} safe to repeat: with an {@code Idempotency-Key} header, the first
 * answer is kept and a repeat of the same request gets it again (and creates nothing); the same
 * key with a different body is refused with 422 (see {@link ErrorResponses}).
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotentAnswers answers;

    public Idempotency(IdempotentAnswers answers) {
        this.answers = Objects.requireNonNull(answers, "answers must not be null");
    }

    public Handler wrap(Handler creating) {
        return ctx -> {
            String key = ctx.header(HEADER);
            if (key == null || key.isBlank()) {
                creating.handle(ctx);
                return;
            }
            if (key.length() > 255 || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new BadRequest(HEADER, HEADER + " must be at most 255 visible ASCII characters");
            }
            String accountId = ApiGuard.accountId(ctx);
            String request = ctx.method().name() + " " + ctx.path() + "\n" + ctx.body();
            Optional<IdempotentAnswers.Answer> earlier = answers.earlier(accountId, key, request);
            if (earlier.isPresent()) {
                ctx.header("Idempotent-Replayed", "true");
                ctx.status(earlier.get().status()).contentType("application/json").result(earlier.get().body());
                return;
            }
            creating.handle(ctx);
            int status = ctx.status().getCode();
            if (status < 500) {
                answers.remember(accountId, key, request, new IdempotentAnswers.Answer(status, ctx.result()));
            }
        };
    }
}
