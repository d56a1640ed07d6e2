package io.clearline.governance.audit;

import io.clearline.core.audit.AuditEvent;
import io.clearline.governance.ChainVerification;
import io.clearline.governance.ChainVerification.Break;

/**
 * Checks events one at a time in sequence order and remembers only the last one, so a log of any
 * length is verified in constant memory. Stops at the first broken link.
 */
public final class ChainWalk {

    private long expectedSequence = 1;
    private String expectedPrevious = ChainLink.GENESIS;
    private long checked;
    private ChainVerification broken;

    /** @return false once the chain is broken: no need to read further */
    public boolean accept(AuditEvent e) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (e.sequence() != expectedSequence) {
            return fail(expectedSequence, Break.SEQUENCE_GAP, e.sequence() > expectedSequence
                    ? "event " + expectedSequence + " is missing (next is " + e.sequence() + ")"
                    : "event " + e.sequence() + " is out of order, expected " + expectedSequence);
        }
        if (!expectedPrevious.equals(e.previousHash())) {
            return fail(e.sequence(), Break.PREVIOUS_HASH_MISMATCH,
                    "event " + e.sequence() + " does not point at the hash of event " + (e.sequence() - 1));
        }
        String recomputed = ChainLink.hash(e);
        if (!recomputed.equals(e.hash())) {
            return fail(e.sequence(), Break.HASH_MISMATCH,
                    "event " + e.sequence() + " does not match its hash: its content was changed");
        }
        expectedSequence = e.sequence() + 1;
        expectedPrevious = e.hash();
        return true;
    }

    public ChainVerification result() {
        return broken != null ? broken : ChainVerification.intact(checked);
    }

    private boolean fail(long sequence, Break reason, String detail) {
        broken = ChainVerification.broken(checked, sequence, reason, detail);
        return false;
    }
}
