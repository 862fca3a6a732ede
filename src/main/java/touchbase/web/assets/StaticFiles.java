package touchbase.web.assets;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The few files under {@code /static/}, read from the classpath once (when first asked for) and answered
 * from memory with a strong ETag ({@code If-None-Match} answers 304). Javalin's own static-file handler
 * is not used: on start-up it mounts the whole jar (about 20,000 entries) as a zip file system, which
 * cost about a second of start-up on a 2-core machine, for three small files.
 */
public final class StaticFiles {

    /** Where the files are served and where they live on the classpath. */
    public static final String PATH = "/static";

    private static final Map<String, String> TYPES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final String cacheControl;
    private final java.util.concurrent.ConcurrentMap<String, File> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param cacheControl the {@code Cache-Control} every file is answered with */
    public StaticFiles(String cacheControl) {
        this.cacheControl = cacheControl;
    }

    /** {@code GET /static/{file}}: the file, 304 when the browser's copy is current, else 404. */
    public void serve(Context ctx) {
        answer(ctx, ctx.pathParam("file"), cacheControl);
    }

    /** Answers one named file with the given {@code Cache-Control} (the favicon at its habitual address). */
    public void answer(Context ctx, String name, String cacheControlHeader) {
        Optional<File> found = file(name);
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).result("Not found");
            return;
        }
        File file = found.get();
        ctx.header("Cache-Control", cacheControlHeader).header("ETag", file.etag());
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(file.type()).result(file.bytes());
    }

    private Optional<File> file(String name) {
        String type = TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(name, n -> File.read(n, type)));
    }

    private record File(byte[] bytes, String type, String etag) {

        static File read(String name, String type) {
            try (InputStream in = StaticFiles.class.getResourceAsStream(PATH + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the jar has no " + PATH + "/" + name);
                }
                byte[] bytes = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(bytes);
                return new File(bytes, type, "\"" + HexFormat.of().toHexDigits((int) crc.getValue()) + "-"
                        + bytes.length + "\"");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
