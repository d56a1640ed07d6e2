package io.clearline.app.security;

/** What a person may do. Each role includes the ones below it: ADMIN > SUPERVISOR > ANALYST. */
public enum Role {
    /** Works the review queue, uploads documents. */
    ANALYST,
    /** Sets thresholds and policies, approves high-risk actions, reads the audit log. */
    SUPERVISOR,
    /** Manages users and API keys, reads metrics. */
    ADMIN
}
