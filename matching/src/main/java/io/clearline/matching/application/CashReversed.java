package io.clearline.matching.application;

import java.util.List;
import java.util.UUID;

/** A payment's application was reversed: the open items it had reduced are open again. */
public record CashReversed(String paymentId, UUID proposalId, List<ApplyCash.Line> restored) {

    public CashReversed {
        restored = List.copyOf(restored);
    }
}
