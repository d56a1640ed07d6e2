package io.clearline.classification.routing;

import java.util.List;

/** The routing configuration names something that does not exist; the service does not start with it. */
public class InvalidRoutingException extends IllegalStateException {

    private final List<String> problems;

    InvalidRoutingException(List<String> problems) {
        super("clearline.classification.routing is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
