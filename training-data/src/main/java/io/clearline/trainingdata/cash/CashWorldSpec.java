package io.clearline.trainingdata.cash;

import java.time.LocalDate;

/**
 * Size and seed of a generated cash-application world. {@code knownAccountShare} is the share of
 * payments sent from a bank account the customer master already lists.
 */
public record CashWorldSpec(long seed, int customers, int openItems, int payments, LocalDate batchDate,
        double knownAccountShare) {

    /** The benchmark world of issue 6: 2,000 customers, 200,000 open items, 20,000 payments. */
    public static CashWorldSpec benchmark(long seed) {
        return new CashWorldSpec(seed, 2_000, 200_000, 20_000, LocalDate.of(2026, 6, 30), 0.75);
    }

    public static CashWorldSpec small(long seed) {
        return new CashWorldSpec(seed, 60, 3_000, 400, LocalDate.of(2026, 6, 30), 0.75);
    }

    public CashWorldSpec withPayments(int n) {
        return new CashWorldSpec(seed, customers, openItems, n, batchDate, knownAccountShare);
    }

    public CashWorldSpec withKnownAccountShare(double share) {
        return new CashWorldSpec(seed, customers, openItems, payments, batchDate, share);
    }

    public CashWorldSpec withSeed(long newSeed) {
        return new CashWorldSpec(newSeed, customers, openItems, payments, batchDate, knownAccountShare);
    }
}
