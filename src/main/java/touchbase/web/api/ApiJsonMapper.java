package touchbase.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one JSON mapper of the API. Every date-time is written as an RFC 3339 {@code date-time}
 * (section 5.6): {@code 2026-12-14T13:15:00-05:00}, seconds always, the UTC offset, no zone id and no
 * fraction; instants in UTC ({@code 2026-12-14T18:15:00Z}); dates as {@code 2026-12-14}. Answers that
 * need the IANA zone (a recurring series keeps its wall-clock time across DST) carry it in a field of
 * its own, {@code "timeZone"}.
 */
public final class ApiJsonMapper {

    /** RFC 3339 date-time with seconds and offset ({@code Z} for UTC). */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private ApiJsonMapper() {
    }

    public static JsonMapper create() {
        SimpleModule rfc3339 = new SimpleModule("rfc3339");
        rfc3339.addSerializer(ZonedDateTime.class, text(ZonedDateTime.class, DATE_TIME::format));
        rfc3339.addSerializer(OffsetDateTime.class, text(OffsetDateTime.class, DATE_TIME::format));
        rfc3339.addSerializer(Instant.class, text(Instant.class, i -> DATE_TIME.format(i.atOffset(ZoneOffset.UTC))));
        rfc3339.addSerializer(LocalDate.class, text(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE::format));
        return JsonMapper.builder().addModule(rfc3339).build();
    }

    private static <T> StdSerializer<T> text(Class<T> type, Function<T, String> format) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(format.apply(value));
            }
        };
    }
}
