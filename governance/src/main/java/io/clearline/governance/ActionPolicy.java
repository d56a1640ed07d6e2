package io.clearline.governance;

import java.time.Instant;

/** One stored version of the policy for an action kind; versions are never changed, only added. */
public record ActionPolicy(String kind, int version, PolicyRules rules, Actor createdBy, Instant createdAt,
        String reason) {

    /** As the audit log names it, e.g. {@code note.attach@v2}. */
    public String label() {
        return PolicyLabel.of(kind, version);
    }
}
