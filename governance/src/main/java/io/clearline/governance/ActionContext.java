package io.clearline.governance;

import io.clearline.core.CorrelationId;
import io.clearline.core.money.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * What a handler gets to execute an approved action.
 *
 * @param approvedBy the person who approved it, or the policy actor for auto-approved actions
 * @param amount     the amount at stake, if the action moves money
 */
public record ActionContext<P>(
        UUID proposalId,
        String kind,
        String subject,
        P payload,
        Actor proposer,
        Actor approvedBy,
        Money amount,
        CorrelationId correlationId) {

    public Optional<Money> amountAtStake() {
        return Optional.ofNullable(amount);
    }
}
