package io.clearline.governance;

/**
 * A refused request to the gateway. Each subclass names the HTTP status and the stable problem
 * type (RFC 9457 {@code type} suffix) the REST layer should answer with, so callers never have to
 * guess from message text.
 */
public abstract class GovernanceException extends RuntimeException {

    protected GovernanceException(String message) {
        super(message);
    }

    /** The HTTP status this refusal maps to. */
    public abstract int httpStatus();

    /** Stable, URL-safe problem type, e.g. {@code idempotency-conflict}. */
    public abstract String problemType();
}
