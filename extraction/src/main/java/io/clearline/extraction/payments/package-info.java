/**
 * Imported payment files and their payments, stored in {@code extraction.payment_file},
 * {@code extraction.payment} and {@code extraction.payment_remittance_line}.
 * <p>
 * {@link io.clearline.extraction.payments.PaymentFileIntake#importFile} reads a file with
 * {@link io.clearline.extraction.bank.PaymentFiles}, keeps the original in the raw store, and records
 * the outcome in one transaction: all payments of an accepted file or none; a rejected file is
 * recorded with its reason so that refusing it is itself an outcome one can look up. The file's
 * SHA-256 is its identity, so importing the same bytes again returns the recorded outcome and
 * changes nothing. {@link io.clearline.extraction.payments.Payments} is the read side for cash
 * application: payments as {@link io.clearline.core.receivables.Payment}, unapplied first by value date.
 */
package io.clearline.extraction.payments;
