package io.clearline.trainingdata.cash;

import java.time.LocalDate;

/**
 * Size and seed of a generated cash-application world. {@code knownAccountShare} is the share of
 * payments sent from a bank account the customer master already lists; {@code heavyNameShare} the share
 * whose payer name the bank prints badly mangled (beyond the name-variant scenario).
 */
public record CashWorldSpec(long seed, int customers, int openItems, int payments, LocalDate batchDate,
        double knownAccountShare, double heavyNameShare) {

    public CashWorldSpec(long seed, int customers, int openItems, int payments, LocalDate batchDate, double knownAccountShare) {
        this(seed, customers, openItems, payments, batchDate, knownAccountShare, 0.0);
    }

    /** The benchmark world of issue 6: 2,000 customers, 200,000 open items, 20,000 payments. */
    public static CashWorldSpec benchmark(long seed) {
        return new CashWorldSpec(seed, 2_000, 200_000, 20_000, LocalDate.of(2026, 6, 30), 0.75);
    }

    public static CashWorldSpec small(long seed) {
        return new CashWorldSpec(seed, 60, 3_000, 400, LocalDate.of(2026, 6, 30), 0.75);
    }

    public CashWorldSpec withPayments(int n) {
        return new CashWorldSpec(seed, customers, openItems, n, batchDate, knownAccountShare, heavyNameShare);
    }

    public CashWorldSpec withKnownAccountShare(double share) {
        return new CashWorldSpec(seed, customers, openItems, payments, batchDate, share, heavyNameShare);
    }

    public CashWorldSpec withSeed(long newSeed) {
        return new CashWorldSpec(newSeed, customers, openItems, payments, batchDate, knownAccountShare, heavyNameShare);
    }

    public CashWorldSpec withHeavyNameShare(double share) {
        return new CashWorldSpec(seed, customers, openItems, payments, batchDate, knownAccountShare, share);
    }
}
