package io.clearline.extraction.bank;

import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One booked movement as the bank reports it, credit or debit. Only credits become
 * {@link io.clearline.core.receivables.Payment}s; debits are kept for totals and review.
 *
 * @param amount always positive; {@link #direction} carries the sign
 */
public record BankEntry(
        Direction direction,
        Money amount,
        Optional<LocalDate> bookingDate,
        Optional<LocalDate> valueDate,
        String typeCode,
        String bankReference,
        String customerReference,
        String text) {

    public enum Direction { CREDIT, DEBIT }

    public BankEntry {
        bookingDate = bookingDate == null ? Optional.empty() : bookingDate;
        valueDate = valueDate == null ? Optional.empty() : valueDate;
        typeCode = typeCode == null ? "" : typeCode;
        bankReference = bankReference == null ? "" : bankReference.strip();
        customerReference = customerReference == null ? "" : customerReference.strip();
        text = text == null ? "" : text.strip();
        if (amount.isNegative()) {
            throw new IllegalArgumentException("entry amount must not be negative: " + amount);
        }
    }

    /** The amount with its sign: credits positive, debits negative. */
    public Money signedAmount() {
        return direction == Direction.CREDIT ? amount : amount.negate();
    }
}
