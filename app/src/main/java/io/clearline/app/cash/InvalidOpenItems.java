package io.clearline.app.cash;

/** A customer or open item in an upsert that cannot be read; nothing of the request is stored. */
class InvalidOpenItems extends RuntimeException {

    InvalidOpenItems(String message) {
        super(message);
    }
}
