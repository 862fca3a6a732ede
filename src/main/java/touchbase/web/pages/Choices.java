package touchbase.web.pages;

import java.time.ZoneId;
import java.util.List;

/** The fixed choices the forms offer: IANA time zones (regions) and cadences in words. */
public final class Choices {

    /** Every region zone id (Europe/Berlin, America/New_York ...) plus UTC, sorted. */
    public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
                    || id.equals("UTC"))
            .sorted().toList();

    /** The cadences a person picks, as the use cases read them. */
    public static final List<String> CADENCES = List.of("weekly", "every two weeks", "monthly", "every two months",
            "quarterly");

    private Choices() {
    }
}
