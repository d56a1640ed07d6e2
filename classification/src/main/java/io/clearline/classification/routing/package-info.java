/**
 * Routing as configuration: which team queue works a classifier's answer and how urgent it is.
 * The queue follows from the label (per classifier, with per-customer overrides; {@code NEEDS_REVIEW}
 * to the triage queue), the urgency from rules over the context the orchestrator sends (amount and
 * currency as exact decimals, customer tier, days to the due or ship date). No learned model: there are
 * no routing labels to learn from, and the queue is a function of the label (ADR 005).
 */
package io.clearline.classification.routing;
