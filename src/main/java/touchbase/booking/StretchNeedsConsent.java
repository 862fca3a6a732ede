package touchbase.booking;

import touchbase.domain.TouchbaseException;

/**
 * The planner proposed a time outside working hours (the two people share none), and the person
 * has not agreed to it: book again with {@code acceptStretch}. The web layer answers 422 naming
 * the field {@code acceptStretch}.
 */
public final class StretchNeedsConsent extends TouchbaseException {

    public static final String FIELD = "acceptStretch";

    public StretchNeedsConsent(String colleagueName, String stretchWords) {
        super("the proposed time for " + colleagueName + " lies outside working hours (" + stretchWords
                + "); book again with \"acceptStretch\": true to agree to it");
    }
}
