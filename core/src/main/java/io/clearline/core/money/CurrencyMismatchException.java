package io.clearline.core.money;

import java.util.Currency;

/** Arithmetic or comparison between two currencies: never converted silently. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    public CurrencyMismatchException(Currency left, Currency right) {
        super("currency mismatch: " + left.getCurrencyCode() + " vs " + right.getCurrencyCode());
    }
}
