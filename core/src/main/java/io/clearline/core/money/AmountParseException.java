package io.clearline.core.money;

/** Text that is not an amount; the message says what was wrong with which input. */
public final class AmountParseException extends IllegalArgumentException {

    public AmountParseException(String input, String reason) {
        super("not an amount: '" + input + "' (" + reason + ")");
    }
}
