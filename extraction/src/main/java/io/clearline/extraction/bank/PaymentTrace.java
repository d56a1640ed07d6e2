package io.clearline.extraction.bank;

import io.clearline.core.PaymentId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What identifies a payment's booking beyond its amount and date: the account it was booked to and
 * the references the bank and the payer gave it. The same booking reported again (a camt.054
 * notification, then the day's camt.053 statement; a BAI2 prior-day report, then a camt) carries the
 * same references, which is how intake recognises it as a second sighting rather than a new payment.
 *
 * @param account    the receiving (our) account as the file names it, blank when the file does not
 * @param references by kind; placeholders such as {@code NONREF} or {@code NOTPROVIDED} are left out
 */
public record PaymentTrace(PaymentId payment, String account, Map<Kind, String> references) {

    /** Reference kinds that identify one booking; values are only compared within the same kind. */
    public enum Kind {
        /** The bank's own reference: camt AcctSvcrRef, BAI2 16 bank reference, MT940 :61: {@code //} reference. */
        BANK_REFERENCE,
        /** The payer's end-to-end id: camt EndToEndId, SEPA {@code EREF+} in MT940 :86:, BAI2 {@code EREF:} text. */
        END_TO_END_ID,
        /** SWIFT gpi unique end-to-end transaction reference (camt UETR). */
        UETR,
        /** X12 TRN02, the check or EFT trace number. */
        TRACE_NUMBER
    }

    public PaymentTrace {
        account = account == null ? "" : account.strip();
        references = Map.copyOf(references);
    }

    public static Builder of(PaymentId payment, String account) {
        return new Builder(payment, account);
    }

    public Optional<String> reference(Kind kind) {
        return Optional.ofNullable(references.get(kind));
    }

    /** Collects references, dropping blanks and the placeholders banks write when there is none. */
    public static final class Builder {
        private final PaymentId payment;
        private final String account;
        private final Map<Kind, String> references = new EnumMap<>(Kind.class);

        private Builder(PaymentId payment, String account) {
            this.payment = payment;
            this.account = account;
        }

        public Builder with(Kind kind, String value) {
            String v = value == null ? "" : value.strip();
            String upper = v.toUpperCase(Locale.ROOT);
            if (!v.isEmpty() && !upper.equals("NONREF") && !upper.equals("NOTPROVIDED") && !upper.equals("NOT PROVIDED")
                    && !references.containsKey(kind)) {
                references.put(kind, v);
            }
            return this;
        }

        public PaymentTrace build() {
            return new PaymentTrace(payment, account, references);
        }
    }
}
