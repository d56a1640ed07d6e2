package io.clearline.matching.batch;

import io.clearline.core.CustomerId;
import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.PaymentTerms;
import io.clearline.core.receivables.RemittanceLine;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the batch command's CSV files (header row, UTF-8, ISO dates, plain decimal amounts). A row that
 * cannot be read becomes a {@link Problem} with file and line; the other rows are kept.
 */
public final class CsvInputs {

    private final List<Problem> problems = new ArrayList<>();

    public List<Problem> problems() {
        return problems;
    }

    public List<Customer> customers(Path file) throws IOException {
        return read(file, List.of("customer_id", "name", "bank_accounts"), r -> {
            String accounts = r.get("bank_accounts");
            List<String> list = accounts == null || accounts.isBlank() ? List.of()
                    : Arrays.stream(accounts.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            return new Customer(new CustomerId(required(r, "customer_id")), required(r, "name"), List.of(), list);
        });
    }

    public List<OpenItem> openItems(Path file) throws IOException {
        return read(file, List.of("customer_id", "document_number", "document_type", "po_number", "issue_date",
                "due_date", "terms", "currency", "original_amount", "open_amount"), r -> {
                    OpenItemType type = OpenItemType.valueOf(required(r, "document_type").toUpperCase(Locale.ROOT));
                    String currency = required(r, "currency");
                    Money original = money(required(r, "original_amount"), currency);
                    Money open = money(required(r, "open_amount"), currency);
                    if (type == OpenItemType.CREDIT_MEMO) {
                        original = original.abs().negate();
                        open = open.abs().negate();
                    }
                    String terms = r.get("terms");
                    Optional<PaymentTerms> parsed = PaymentTerms.parse(terms);
                    if (terms != null && !terms.isBlank() && parsed.isEmpty()) {
                        throw new IllegalArgumentException("terms '" + terms + "' not understood");
                    }
                    String due = r.get("due_date");
                    return new OpenItem(new CustomerId(required(r, "customer_id")), required(r, "document_number"), type,
                            Optional.ofNullable(r.get("po_number")), LocalDate.parse(required(r, "issue_date")),
                            due == null || due.isBlank() ? null : LocalDate.parse(due), parsed.orElse(null), original, open);
                });
    }

    /** Payments in file order; a payment id seen before is reported and skipped (a file read twice applies once). */
    public List<Payment> payments(Path file) throws IOException {
        Map<String, Payment> byId = new LinkedHashMap<>();
        List<Payment> rows = read(file, List.of("payment_id", "value_date", "amount", "currency", "payer_name",
                "payer_account", "reference_text"), r -> new Payment(new PaymentId(required(r, "payment_id")),
                        LocalDate.parse(required(r, "value_date")), money(required(r, "amount"), required(r, "currency")),
                        Optional.ofNullable(r.get("payer_name")), Optional.ofNullable(r.get("payer_account")),
                        r.get("reference_text"), List.of()));
        for (Payment p : rows) {
            if (byId.putIfAbsent(p.id().value(), p) != null) {
                problems.add(new Problem(file.getFileName().toString(), 0,
                        "payment " + p.id() + " appears more than once; only the first is matched"));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Remittance lines by payment id; amounts take the payment's currency. */
    public Map<String, List<RemittanceLine>> remittances(Path file, Map<String, Currency> currencyByPayment) throws IOException {
        Map<String, List<RemittanceLine>> out = new LinkedHashMap<>();
        read(file, List.of("payment_id", "invoice_reference"), r -> {
            String payment = required(r, "payment_id");
            Currency c = currencyByPayment.get(payment);
            if (c == null) {
                throw new IllegalArgumentException("payment " + payment + " is not in the payments file");
            }
            String code = c.getCurrencyCode();
            RemittanceLine line = new RemittanceLine(required(r, "invoice_reference"),
                    optional(r, "invoice_date").map(LocalDate::parse), optional(r, "gross_amount").map(a -> money(a, code)),
                    optional(r, "discount_amount").map(a -> money(a, code)), optional(r, "deduction_amount").map(a -> money(a, code)),
                    optional(r, "deduction_reason"), optional(r, "paid_amount").map(a -> money(a, code)));
            out.computeIfAbsent(payment, k -> new ArrayList<>()).add(line);
            return line;
        });
        return out;
    }

    private <T> List<T> read(Path file, List<String> requiredColumns, Function<CSVRecord, T> row) throws IOException {
        List<T> out = new ArrayList<>();
        String name = file.getFileName().toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get().parse(in)) {
            List<String> missing = requiredColumns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(name, 1, "missing columns " + missing + "; file skipped"));
                return out;
            }
            for (CSVRecord r : parser) {
                try {
                    out.add(row.apply(r));
                } catch (RuntimeException e) {
                    problems.add(new Problem(name, r.getRecordNumber() + 1, e.getClass().getSimpleName().replace("Exception", "")
                            + ": " + e.getMessage()));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            problems.add(new Problem(name, 0, "unreadable: " + e.getMessage()));
        }
        return out;
    }

    private static String required(CSVRecord r, String column) {
        String v = r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return v.strip();
    }

    private static Optional<String> optional(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return Optional.empty();
        }
        return Optional.of(r.get(column).strip()).filter(s -> !s.isEmpty());
    }

    private static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount.strip()), currency.strip().toUpperCase(Locale.ROOT));
    }
}
