package io.clearline.matching.application;

/** An open item names a customer neither the request nor the store knows; nothing of the request is stored. */
public class UnknownCustomer extends IllegalArgumentException {

    public UnknownCustomer(String message) {
        super(message);
    }
}
