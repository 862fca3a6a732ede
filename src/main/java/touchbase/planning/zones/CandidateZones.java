package touchbase.planning.zones;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The zones inference chooses among: the ones the account already knows first (its own zone, its
 * colleagues' zones), then one zone for each offset and daylight-saving rule in use, from UTC-11 to
 * UTC+14 with the half- and three-quarter-hour offsets. Earlier zones win a tie, so a colleague in
 * Singapore is placed in the zone a teammate already has (say Asia/Shanghai) rather than a stranger.
 */
final class CandidateZones {

    private static final List<String> STANDARD = List.of(
            "America/New_York", "Europe/London", "Europe/Berlin", "America/Los_Angeles", "America/Chicago",
            "America/Denver", "America/Phoenix", "Asia/Kolkata", "Asia/Tokyo", "Asia/Singapore", "Australia/Sydney",
            "America/Sao_Paulo", "Europe/Athens", "Europe/Moscow", "Asia/Dubai", "Africa/Lagos",
            "Africa/Johannesburg", "America/Mexico_City", "America/Bogota", "America/Halifax", "America/St_Johns",
            "America/Anchorage", "Pacific/Honolulu", "Pacific/Pago_Pago", "Atlantic/South_Georgia",
            "Atlantic/Azores", "Atlantic/Cape_Verde", "Africa/Abidjan", "Asia/Tehran", "Asia/Kabul", "Asia/Karachi",
            "Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon", "Asia/Bangkok", "Australia/Perth", "Australia/Eucla",
            "Australia/Darwin", "Australia/Adelaide", "Australia/Brisbane", "Australia/Lord_Howe", "Pacific/Noumea",
            "Pacific/Norfolk", "Pacific/Auckland", "Pacific/Fiji", "Pacific/Chatham", "Pacific/Tongatapu",
            "Pacific/Kiritimati", "America/Santiago", "America/Caracas", "Pacific/Marquesas");

    private CandidateZones() {
    }

    /** The known zones in the order given, then the standard ones, each once. */
    static List<ZoneId> with(Collection<ZoneId> known) {
        Set<ZoneId> zones = new LinkedHashSet<>(known);
        for (String id : STANDARD) {
            zones.add(ZoneId.of(id));
        }
        return new ArrayList<>(zones);
    }
}
