package io.clearline.governance;

/** An idempotency key reused for a different action (kind, subject, payload, amount or proposer): HTTP 409. */
public class IdempotencyConflict extends GovernanceException {

    private final String idempotencyKey;

    public IdempotencyConflict(String idempotencyKey, String difference) {
        super("idempotency key '" + idempotencyKey + "' was already used for a different action: " + difference);
        this.idempotencyKey = idempotencyKey;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String problemType() {
        return "idempotency-conflict";
    }
}
