package io.clearline.matching.application;

import java.util.List;
import java.util.UUID;

/** A payment was applied to open items (published inside the applying transaction). */
public record CashApplied(String paymentId, UUID proposalId, List<ApplyCash.Line> allocations) {

    public CashApplied {
        allocations = List.copyOf(allocations);
    }
}
