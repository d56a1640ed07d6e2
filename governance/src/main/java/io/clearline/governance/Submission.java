package io.clearline.governance;

/**
 * The answer to a proposal: the proposal as it now stands, and whether its idempotency key had been
 * seen before (then nothing new was stored or executed).
 */
public record Submission(ActionProposal proposal, boolean replay) {
}
