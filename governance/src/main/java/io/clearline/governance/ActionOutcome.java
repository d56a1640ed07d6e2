package io.clearline.governance;

import java.util.Objects;

/**
 * What an executed action did, in a sentence a reviewer can read ("note 3f… attached to document:…"),
 * and the id of what it created or changed, when there is one.
 */
public record ActionOutcome(String summary, String reference) {

    public ActionOutcome {
        Objects.requireNonNull(summary, "summary");
    }

    public static ActionOutcome of(String summary) {
        return new ActionOutcome(summary, null);
    }
}
