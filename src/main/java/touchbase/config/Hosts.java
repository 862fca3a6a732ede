package touchbase.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a listening address means, read from its text alone (never asking DNS). */
final class Hosts {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private Hosts() {
    }

    /**
     * True for {@code localhost}, {@code 127.0.0.0/8} and {@code ::1} (with or without brackets). Any
     * other name counts as public: it is never resolved, so a name cannot make a public address look safe.
     */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.toLowerCase(Locale.ROOT).equals("localhost") || IPV4_LOOPBACK.matcher(bare).matches()) {
            return true;
        }
        if (!bare.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress(); // an IPv6 literal: parsed, never looked up
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
