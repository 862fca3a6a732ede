package touchbase.feed;

import java.nio.charset.StandardCharsets;

/**
 * Folds content lines so that none is longer than 75 octets, CRLF excluded, as RFC 5545 section 3.1
 * asks: a fold is CRLF followed by one space, never inside a UTF-8 sequence. ical4j's own folding
 * counts characters, not octets (a line of 73 characters with a few accented letters came out as 81
 * octets), so the feed is written unfolded and folded here.
 */
final class OctetFolding {

    static final int MAX_OCTETS = 75;

    private OctetFolding() {
    }

    /** {@code unfolded}: content lines each ending in CRLF; answers the same lines folded, as UTF-8. */
    static byte[] fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = MAX_OCTETS - 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
