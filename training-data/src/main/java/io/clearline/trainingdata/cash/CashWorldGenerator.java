package io.clearline.trainingdata.cash;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.core.receivables.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates a distributor's receivables ledger from a seed: customers with legal names and bank
 * accounts (some sister companies with near-identical names), open invoices and credit memos with
 * skewed volumes (a few customers hold thousands of items), terms, POs shared by several invoices,
 * partly paid items, round amounts; then a batch of payments ({@link PaymentScenarios}) with truth.
 */
public final class CashWorldGenerator {

    private static final String[] TERMS = {"NET 30", "NET 30", "NET 30", "NET 30", "2/10 NET 30", "2/10 NET 30",
        "2/10 NET 30", "1/10 NET 30", "NET 45", "NET 45", "NET 60", "1/15 NET 45", "2/15 NET 45", "DUE ON RECEIPT"};

    private CashWorldGenerator() {
    }

    public static CashWorld generate(CashWorldSpec spec) {
        Random r = new Random(spec.seed());
        Ledger ledger = new Ledger();
        customers(spec, r, ledger);
        items(spec, r, ledger);
        return new PaymentScenarios(spec, r, ledger).generate();
    }

    private static void customers(CashWorldSpec spec, Random r, Ledger ledger) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.customers(); i++) {
            String name;
            do {
                name = i > 10 && r.nextDouble() < 0.04
                        ? CompanyNames.branchOf(ledger.customers.get(r.nextInt(i)).name(), r)
                        : CompanyNames.legalName(r);
            } while (!names.add(name.toUpperCase(Locale.ROOT)));
            List<String> accounts = new ArrayList<>();
            int n = r.nextDouble() < 0.1 ? 0 : 1 + (r.nextDouble() < 0.25 ? 1 : 0);
            for (int a = 0; a < n; a++) {
                accounts.add(account(r));
            }
            ledger.customers.add(new Customer(new CustomerId("C" + (100_000 + i)), name, List.of(), accounts));
            ledger.refStyle.add(ReferenceWriting.styleFor(r));
        }
    }

    static String account(Random r) {
        return String.format("%09d-%010d", 11_000_000 + r.nextInt(88_000_000), (long) (r.nextDouble() * 9_999_999_999L));
    }

    private static void items(CashWorldSpec spec, Random r, Ledger ledger) {
        int n = spec.customers();
        double[] weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = Math.exp(r.nextGaussian() * 1.1);
            total += weight[i];
        }
        int[] count = new int[n];
        int remaining = spec.openItems();
        // one very large account, so the search caps are exercised at benchmark scale
        count[0] = Math.min(spec.openItems() / 40, 5_000);
        remaining -= count[0];
        for (int i = 1; i < n; i++) {
            count[i] = Math.max(3, (int) Math.round(remaining * weight[i] / total));
        }
        // rounding leaves the total a little off: settle the difference so the ledger has exactly the size asked
        int diff = spec.openItems() - java.util.Arrays.stream(count).sum();
        for (int i = 1; diff != 0 && n > 1; i = i % (n - 1) + 1) {
            if (diff > 0) {
                count[i]++;
                diff--;
            } else if (count[i] > 3) {
                count[i]--;
                diff++;
            }
        }
        LocalDate batch = spec.batchDate();
        List<Draft> drafts = new ArrayList<>(spec.openItems());
        for (int c = 0; c < n; c++) {
            Customer customer = ledger.customers.get(c);
            String currency = r.nextDouble() < 0.92 ? "USD" : r.nextBoolean() ? "CAD" : "EUR";
            PaymentTerms terms = PaymentTerms.parse(TERMS[r.nextInt(TERMS.length)]).orElseThrow();
            int poStyle = r.nextInt(4);
            List<LocalDate> dates = new ArrayList<>();
            for (int k = 0; k < count[c]; k++) {
                dates.add(batch.minusDays(r.nextInt(150)));
            }
            dates.sort(Comparator.naturalOrder());
            String po = null;
            int poLeft = 0;
            for (LocalDate issued : dates) {
                if (poLeft-- <= 0) {
                    po = r.nextDouble() < 0.12 ? null : poNumber(poStyle, customer.name(), r);
                    poLeft = r.nextInt(3);
                }
                boolean credit = r.nextDouble() < 0.03;
                Money original = amount(r, currency);
                if (credit) {
                    original = original.times(new BigDecimal("0.15")).negate();
                }
                Money open = original;
                if (!credit && r.nextDouble() < 0.04) {
                    open = original.times(new BigDecimal("0.3").add(BigDecimal.valueOf(r.nextInt(60), 2)));
                }
                drafts.add(new Draft(c, issued, r.nextInt(), credit, credit ? null : po, terms, original, open));
            }
            ledger.itemsByCustomer.add(new ArrayList<>(count[c]));
        }
        // the ERP numbers documents in issue order across all customers, so neighbours belong to others
        drafts.sort(Comparator.comparing(Draft::issued).thenComparingInt(Draft::tie));
        long nextInvoice = 4_000_000L;
        long nextCredit = 9_100_000L;
        for (Draft d : drafts) {
            String doc = d.credit() ? Long.toString(nextCredit++) : Long.toString(nextInvoice += 1 + r.nextInt(3));
            OpenItem item = new OpenItem(ledger.customers.get(d.customer()).id(), doc,
                    d.credit() ? OpenItemType.CREDIT_MEMO : OpenItemType.INVOICE, Optional.ofNullable(d.po()), d.issued(),
                    null, d.terms(), d.original(), d.open());
            ledger.itemsByCustomer.get(d.customer()).add(item);
            ledger.all.add(item);
        }
        for (List<OpenItem> items : ledger.itemsByCustomer) {
            ledger.used.add(new boolean[items.size()]);
        }
    }

    private record Draft(int customer, LocalDate issued, int tie, boolean credit, String po, PaymentTerms terms,
            Money original, Money open) {
    }

    private static String poNumber(int style, String name, Random r) {
        return switch (style) {
            case 0 -> "PO-45" + String.format("%06d", r.nextInt(1_000_000));
            case 1 -> "4500" + String.format("%06d", r.nextInt(1_000_000));
            case 2 -> name.replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase(Locale.ROOT) + "-" + (10_000 + r.nextInt(90_000));
            default -> Integer.toString(100_000 + r.nextInt(900_000));
        };
    }

    /** Log-normal around 1,800 with a share of round figures, as distributors' invoices are. */
    private static Money amount(Random r, String currency) {
        double v = Math.max(15, 1_800 * Math.exp(r.nextGaussian() * 1.1));
        if (r.nextDouble() < 0.08) {
            v = Math.round(v / 50) * 50.0 + 50;
        }
        return Money.of(BigDecimal.valueOf(Math.round(v * 100), 2), currency);
    }
}
