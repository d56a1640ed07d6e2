package io.clearline.extraction.bank.camt;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.PaymentIds;
import io.clearline.extraction.bank.PaymentTrace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one booked camt credit entry into payments: one per transaction when a batch allows it. */
final class CamtPayments {

    private CamtPayments() {
    }

    static void add(XmlNode ntry, List<XmlNode> txs, Money entryAmount, LocalDate date, String bankRef,
                    String position, PaymentIds ids, BankFileFormat format, List<Payment> out) {
        if (txs.size() > 1) {
            List<Money> amounts = new ArrayList<>();
            for (XmlNode tx : txs) {
                CamtValues.money(tx.at("AmtDtls/TxAmt/Amt").or(() -> tx.at("Amt")), format, position)
                        .filter(m -> m.currency().equals(entryAmount.currency())).ifPresent(amounts::add);
            }
            if (amounts.size() == txs.size()
                    && amounts.stream().reduce(Money.zero(entryAmount.currency()), Money::plus).equals(entryAmount)) {
                for (int t = 0; t < txs.size(); t++) {
                    out.add(payment(ids.at(position + ".t" + (t + 1)), date, amounts.get(t), List.of(txs.get(t)),
                            ntry, bankRef, format));
                }
                return;
            }
        }
        out.add(payment(ids.at(position), date, entryAmount, txs, ntry, bankRef, format));
    }

    /**
     * The references of the payments just made from one entry: per transaction when the entry was split,
     * else the entry's account servicer reference (NtryRef numbers the entry within one message only) and,
     * for a single transaction, its references too.
     */
    static void traces(List<Payment> made, String account, XmlNode ntry, List<XmlNode> txs, List<PaymentTrace> out) {
        boolean split = made.size() > 1;
        for (int i = 0; i < made.size(); i++) {
            PaymentTrace.Builder trace = PaymentTrace.of(made.get(i).id(), account);
            if (!split) {
                trace.with(PaymentTrace.Kind.BANK_REFERENCE, ntry.text("AcctSvcrRef"));
            }
            XmlNode tx = split ? txs.get(i) : txs.size() == 1 ? txs.get(0) : null;
            if (tx != null) {
                trace.with(PaymentTrace.Kind.BANK_REFERENCE, tx.text("Refs/AcctSvcrRef"))
                        .with(PaymentTrace.Kind.END_TO_END_ID, tx.text("Refs/EndToEndId"))
                        .with(PaymentTrace.Kind.UETR, tx.text("Refs/UETR"));
            }
            out.add(trace.build());
        }
    }

    private static Payment payment(io.clearline.core.PaymentId id, LocalDate date, Money amount, List<XmlNode> txs,
                                   XmlNode ntry, String bankRef, BankFileFormat format) {
        StringBuilder ref = new StringBuilder();
        List<RemittanceLine> lines = new ArrayList<>();
        Optional<String> payer = Optional.empty();
        Optional<String> account = Optional.empty();
        for (XmlNode tx : txs) {
            CamtReader.append(ref, CamtRemittance.unstructured(tx));
            String e2e = tx.text("Refs/EndToEndId");
            if (!e2e.equals("NOTPROVIDED")) {
                CamtReader.append(ref, e2e);
            }
            CamtReader.append(ref, tx.text("AddtlTxInf"));
            lines.addAll(CamtRemittance.lines(tx, format));
            if (payer.isEmpty()) {
                String name = tx.firstText("RltdPties/Dbtr/Pty/Nm", "RltdPties/Dbtr/Nm", "RltdPties/UltmtDbtr/Pty/Nm",
                        "RltdPties/UltmtDbtr/Nm");
                payer = name.isEmpty() ? Optional.empty() : Optional.of(name);
            }
            if (account.isEmpty()) {
                String acct = tx.firstText("RltdPties/DbtrAcct/Id/IBAN", "RltdPties/DbtrAcct/Id/Othr/Id");
                account = acct.isEmpty() ? Optional.empty() : Optional.of(acct);
            }
        }
        CamtReader.append(ref, ntry.text("AddtlNtryInf"));
        CamtReader.append(ref, bankRef);
        return new Payment(id, date, amount, payer, account, ref.toString(), lines);
    }
}
