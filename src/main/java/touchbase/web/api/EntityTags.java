package touchbase.web.api;

import java.util.Arrays;

/** {@code If-None-Match} against an entity tag (RFC 9110 section 13.1.2): the feed's and the API lists'. */
final class EntityTags {

    private EntityTags() {
    }

    /** Whether {@code ifNoneMatch} (absent, {@code *}, or a list of tags, weak or strong) names {@code etag}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) {
            return true;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
