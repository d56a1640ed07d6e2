package io.clearline.matching.batch;

import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.matching.Calibration;
import io.clearline.matching.CashMatcher;
import io.clearline.matching.KeywordDeductionReasons;
import io.clearline.matching.MatchResult;
import io.clearline.matching.MatchSettings;
import io.clearline.matching.index.CustomerDirectory;
import io.clearline.matching.index.OpenItemIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./clearline match --customers c.csv --open-items o.csv --payments p.csv [--remittances r.csv]
 * --out proposals.csv}: matches offline and writes one row per proposed allocation. Bad rows are
 * reported on stderr with file and line; the rest goes on. Exit 0 when proposals were written, 2 on a
 * usage error, 1 when an input cannot be read at all.
 */
public final class MatchCommand {

    private MatchCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Path> files = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return usage(err, "unexpected argument " + args[i]);
            }
            files.put(args[i].substring(2), Path.of(args[++i]));
        }
        for (String needed : List.of("customers", "open-items", "payments", "out")) {
            if (!files.containsKey(needed)) {
                return usage(err, "--" + needed + " is required");
            }
        }
        for (var e : files.entrySet()) {
            if (!e.getKey().equals("out") && !Files.isReadable(e.getValue())) {
                err.println("match: cannot read " + e.getValue());
                return 1;
            }
        }
        try {
            return match(files, out, err);
        } catch (IOException e) {
            err.println("match: " + e.getMessage());
            return 1;
        }
    }

    private static int match(Map<String, Path> files, PrintStream out, PrintStream err) throws IOException {
        CsvInputs inputs = new CsvInputs();
        List<Customer> customers = inputs.customers(files.get("customers"));
        CustomerDirectory directory = new CustomerDirectory();
        customers.forEach(directory::add);
        OpenItemIndex index = new OpenItemIndex(directory);
        for (OpenItem item : inputs.openItems(files.get("open-items"))) {
            if (directory.indexOf(item.customerId()) < 0) {
                inputs.problems().add(new Problem(files.get("open-items").getFileName().toString(), 0,
                        "open item " + item.documentNumber() + " belongs to unknown customer " + item.customerId() + "; skipped"));
            } else {
                index.add(item);
            }
        }
        index.compact();
        List<Payment> payments = inputs.payments(files.get("payments"));
        Map<String, List<RemittanceLine>> remittances = Map.of();
        if (files.containsKey("remittances")) {
            Map<String, Currency> currencies = new HashMap<>();
            payments.forEach(p -> currencies.put(p.id().value(), p.amount().currency()));
            remittances = inputs.remittances(files.get("remittances"), currencies);
        }
        Calibration calibration = Calibration.bundled();
        MatchSettings settings = MatchSettings.defaults();
        settings = settings.withAutoThreshold(calibration.autoThreshold().orElse(settings.autoThreshold()));
        CashMatcher matcher = new CashMatcher(index, settings, new KeywordDeductionReasons(), calibration);
        int auto = 0;
        int review = 0;
        try (Writer w = Files.newBufferedWriter(files.get("out"), StandardCharsets.UTF_8);
                ProposalWriter writer = new ProposalWriter(w)) {
            for (Payment p : payments) {
                Payment full = p.withRemittanceLines(remittances.getOrDefault(p.id().value(), List.of()));
                MatchResult r = matcher.match(full);
                writer.write(r);
                if (r.isTouchless()) {
                    auto++;
                } else {
                    review++;
                }
            }
        }
        inputs.problems().forEach(pr -> err.println("match: " + pr));
        out.printf("match: %d payments, %d fully automatic, %d for review, %d input problems; proposals in %s%n",
                payments.size(), auto, review, inputs.problems().size(), files.get("out"));
        return 0;
    }

    private static int usage(PrintStream err, String why) {
        err.println("match: " + why);
        err.println("usage: ./clearline match --customers c.csv --open-items o.csv --payments p.csv"
                + " [--remittances r.csv] --out proposals.csv");
        return 2;
    }
}
