package io.clearline.governance;

import io.clearline.core.Confidence;
import io.clearline.core.CorrelationId;
import io.clearline.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * A request to change state. {@code payload} is the kind's payload record, or anything Jackson can
 * turn into it (a {@code Map}, a {@code JsonNode}, JSON text). The idempotency key makes retries
 * safe: the same key with the same action returns the first outcome, with a different one it is an
 * {@link IdempotencyConflict}.
 *
 * @param amount        the money at stake, checked against the policy's amount limit; null if none
 * @param evidence      why the proposer believes this is right (matched references, extracted fields)
 * @param correlationId ties the audit events together; the proposal id is used when null
 */
public record ProposeAction(
        String kind,
        String subject,
        Object payload,
        Actor proposer,
        Confidence confidence,
        List<String> evidence,
        Money amount,
        String idempotencyKey,
        CorrelationId correlationId) {

    static final int MAX_TEXT = 200;

    public ProposeAction {
        kind = required(kind, "kind");
        subject = required(subject, "subject");
        idempotencyKey = required(idempotencyKey, "idempotency key");
        if (proposer == null) {
            throw new InvalidPayload("proposer is required");
        }
        if (confidence == null) {
            throw new InvalidPayload("confidence is required");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static ProposeAction of(String kind, String subject, Object payload, Actor proposer,
            Confidence confidence, String idempotencyKey) {
        return new ProposeAction(kind, subject, payload, proposer, confidence, List.of(), null,
                idempotencyKey, null);
    }

    public ProposeAction withAmount(Money amount) {
        return new ProposeAction(kind, subject, payload, proposer, confidence, evidence, amount,
                idempotencyKey, correlationId);
    }

    public ProposeAction withEvidence(List<String> evidence) {
        return new ProposeAction(kind, subject, payload, proposer, confidence, evidence, amount,
                idempotencyKey, correlationId);
    }

    public ProposeAction withCorrelationId(CorrelationId correlationId) {
        return new ProposeAction(kind, subject, payload, proposer, confidence, evidence, amount,
                idempotencyKey, correlationId);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidPayload(what + " must not be blank");
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new InvalidPayload(what + " is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    /** Null-safe for the equality check on replays. */
    boolean sameAmountAs(Money other) {
        return Objects.equals(amount, other);
    }
}
