package io.clearline.trainingdata.cash;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a world as the batch command reads it ({@code customers.csv}, {@code open_items.csv},
 * {@code payments.csv}, {@code remittance_lines.csv}) plus {@code truth.csv}: one row per right
 * allocation (an empty document number for cash that should stay unapplied).
 */
public final class CashWorldFiles {

    private CashWorldFiles() {
    }

    public static void write(CashWorld world, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("customers.csv"), StandardCharsets.UTF_8)) {
            w.write("customer_id,name,bank_accounts\n");
            for (Customer c : world.customers()) {
                row(w, c.id().value(), c.name(), String.join("|", c.bankAccounts()));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("open_items.csv"), StandardCharsets.UTF_8)) {
            w.write("customer_id,document_number,document_type,po_number,issue_date,due_date,terms,currency,original_amount,open_amount\n");
            for (OpenItem i : world.openItems()) {
                row(w, i.customerId().value(), i.documentNumber(), i.type().name(), i.poNumber().orElse(""),
                        i.issueDate().toString(), i.dueDate().toString(), i.terms().toString(),
                        i.openAmount().currency().getCurrencyCode(), i.originalAmount().toPlainString(), i.openAmount().toPlainString());
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("payments.csv"), StandardCharsets.UTF_8);
                BufferedWriter rl = Files.newBufferedWriter(dir.resolve("remittance_lines.csv"), StandardCharsets.UTF_8)) {
            w.write("payment_id,value_date,amount,currency,payer_name,payer_account,reference_text\n");
            rl.write("payment_id,invoice_reference,invoice_date,gross_amount,discount_amount,deduction_amount,deduction_reason,paid_amount\n");
            for (Payment p : world.payments()) {
                row(w, p.id().value(), p.valueDate().toString(), p.amount().toPlainString(),
                        p.amount().currency().getCurrencyCode(), p.payerName().orElse(""), p.payerAccount().orElse(""), p.referenceText());
                for (RemittanceLine l : p.remittanceLines()) {
                    row(rl, p.id().value(), l.invoiceReference(), l.invoiceDate().map(Object::toString).orElse(""),
                            plain(l.grossAmount()), plain(l.discountAmount()), plain(l.deductionAmount()),
                            l.deductionReason().orElse(""), plain(l.paidAmount()));
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            w.write("payment_id,customer_id,scenario,document_number,applied_amount,discount_amount,deduction_amount,deduction_reason_code\n");
            for (PaymentTruth t : world.truth().values()) {
                String customer = t.customer().map(Object::toString).orElse("");
                if (t.allocations().isEmpty()) {
                    row(w, t.paymentId(), customer, t.scenario().name(), "", "", "", "", "");
                }
                for (PaymentTruth.Allocation a : t.allocations()) {
                    row(w, t.paymentId(), customer, t.scenario().name(), a.documentNumber(), a.applied().toPlainString(),
                            a.discount().toPlainString(), a.deduction().toPlainString(), a.reasonCode());
                }
            }
        }
    }

    private static String plain(Optional<Money> m) {
        return m.map(Money::toPlainString).orElse("");
    }

    private static void row(BufferedWriter w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                f = '"' + f.replace("\"", "\"\"") + '"';
            }
            w.write(f);
        }
        w.write('\n');
    }
}
