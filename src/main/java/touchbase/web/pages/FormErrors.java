package touchbase.web.pages;

import touchbase.colleagues.DuplicateColleague;
import touchbase.domain.InvalidInput;
import touchbase.domain.TouchbaseException;
import touchbase.web.BadRequest;

/** Which form field an error belongs to, so the page can show it next to that field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static String field(TouchbaseException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.field();
        }
        if (e instanceof BadRequest bad) {
            return bad.field();
        }
        if (e instanceof DuplicateColleague) {
            return "email";
        }
        return "form";
    }
}
