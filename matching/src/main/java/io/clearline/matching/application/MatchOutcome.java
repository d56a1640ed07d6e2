package io.clearline.matching.application;

import io.clearline.governance.ActionProposal;
import io.clearline.matching.MatchResult;
import java.util.Optional;

/**
 * What matching one payment did: the matcher's answer (empty when the payment had been proposed
 * before, then the stored proposal is the answer) and the {@code cash.apply} proposal, if anything
 * could be applied.
 */
public record MatchOutcome(Optional<MatchResult> result, Optional<ActionProposal> proposal, boolean replay) {
}
