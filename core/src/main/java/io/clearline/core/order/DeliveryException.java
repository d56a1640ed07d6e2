package io.clearline.core.order;

/** What a receiver noted on a proof of delivery. */
public enum DeliveryException {
    DAMAGED,
    SHORT,
    REFUSED
}
