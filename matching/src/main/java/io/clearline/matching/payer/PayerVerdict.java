package io.clearline.matching.payer;

import io.clearline.matching.MatchPattern.PayerEvidence;
import java.util.List;

/** Who paid: the customer (directory index, -1 when unknown), the evidence, and rivals when ambiguous. */
public record PayerVerdict(int customer, PayerEvidence evidence, List<Integer> rivals, String explanation) {

    public PayerVerdict {
        rivals = List.copyOf(rivals);
    }

    public boolean known() {
        return customer >= 0;
    }
}
