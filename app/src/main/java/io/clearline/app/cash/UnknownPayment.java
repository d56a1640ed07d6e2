package io.clearline.app.cash;

/** A payment id the payment store does not hold. */
class UnknownPayment extends RuntimeException {

    UnknownPayment(String id) {
        super("no payment " + id);
    }
}
