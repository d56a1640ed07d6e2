package io.clearline.app.payments;

/** No payment file or payment with that id. */
class PaymentNotFound extends RuntimeException {

    PaymentNotFound(String what) {
        super("no " + what);
    }
}
