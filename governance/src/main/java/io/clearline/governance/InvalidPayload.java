package io.clearline.governance;

import java.util.List;

/**
 * The request cannot be understood as a valid action: a payload that does not fit the kind's type
 * or fails its validation, a blank key or subject, invalid policy rules. HTTP 422; nothing is stored.
 */
public class InvalidPayload extends GovernanceException {

    private final List<String> errors;

    public InvalidPayload(String message) {
        this(message, List.of(message));
    }

    public InvalidPayload(String message, List<String> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** One line per problem found, for the problem detail's {@code errors} member. */
    public List<String> errors() {
        return errors;
    }

    @Override
    public int httpStatus() {
        return 422;
    }

    @Override
    public String problemType() {
        return "invalid-payload";
    }
}
