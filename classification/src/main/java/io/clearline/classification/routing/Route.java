package io.clearline.classification.routing;

/**
 * Where an answer goes: the team queue that works it, how urgent it is, and why, in words an analyst
 * can check against the configuration ({@code DAMAGED → claims; urgency HIGH by rule 'large amount'
 * (12500.00 EUR ≥ 10000.00 EUR)}).
 */
public record Route(String queue, Urgency urgency, String why) {
}
