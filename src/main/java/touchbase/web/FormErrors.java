package touchbase.web;

import touchbase.colleagues.DuplicateColleague;
import touchbase.domain.InvalidInput;
import touchbase.domain.TouchbaseException;

/** Which form field an error belongs to, so the page can show it next to that field. */
final class FormErrors {

    private FormErrors() {
    }

    static String field(TouchbaseException e) {
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
