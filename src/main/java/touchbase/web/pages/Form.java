package touchbase.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form as the person left it: the values they typed (kept when something is wrong, so nothing is
 * lost) and an error per field, shown next to that field.
 */
public record Form(Map<String, String> values, Map<String, String> errors) {

    public Form {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public static Form empty() {
        return new Form(Map.of(), Map.of());
    }

    public static Form of(Map<String, String> values) {
        return new Form(values, Map.of());
    }

    /** The typed values with one error; a field the page does not show becomes the form's general error. */
    public Form withError(String field, String message) {
        Map<String, String> errors = new LinkedHashMap<>(this.errors);
        errors.put(field == null || field.isBlank() ? "form" : field, message);
        return new Form(values, errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors the form shows at its top: those of fields it has no place for. */
    public String generalError(java.util.Set<String> shownFields) {
        return errors.entrySet().stream().filter(e -> !shownFields.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }
}
