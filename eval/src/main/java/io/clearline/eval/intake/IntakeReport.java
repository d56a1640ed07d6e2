package io.clearline.eval.intake;

import io.clearline.extraction.bank.BankFileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the intake report: the two bank-file keys, the mailbox keys (null here; {@code MailboxReport} fills them), every file. */
final class IntakeReport {

    private IntakeReport() {
    }

    static void write(Path dir, List<IntakeEval.Outcome> outcomes, List<IntakeEval.Outcome> malformed) throws IOException {
        Files.createDirectories(dir);
        List<IntakeEval.Outcome> agree = outcomes.stream().filter(o -> o.file().role() == CorpusFile.Role.AGREE).toList();
        List<IntakeEval.Outcome> mustFail = outcomes.stream().filter(o -> o.file().role() == CorpusFile.Role.MUST_FAIL).toList();
        long agreeing = agree.stream().filter(o -> o.disagreement().isEmpty()).count();
        long rejected = mustFail.stream().filter(IntakeEval.Outcome::rejected).count();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("corpus_bank_files_agree", ratio(agreeing, agree.size()));
        json.put("corpus_bad_bank_files_rejected", ratio(rejected, mustFail.size()));
        json.put("mailbox_messages_lost", null);
        json.put("mailbox_messages_duplicated", null);
        json.put("mailbox_messages_per_second", null);
        json.put("corpus_emails_attachments_found", null);
        Files.writeString(dir.resolve("intake.json"), JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .build().writeValueAsString(json) + "\n");

        StringBuilder md = new StringBuilder("# Intake evaluation\n\n");
        md.append("Every payment file of `../shared/corpus/remittance-formats` read with `PaymentFiles.read`, twice: with"
                + " default settings (a totals/count mismatch rejects the file) and with `rejectOnTotalsMismatch=false`"
                + " (the same parse, mismatches kept as warnings).\n\n");
        md.append("| key | value | files |\n|---|---|---|\n");
        md.append("| `corpus_bank_files_agree` | ").append(json.get("corpus_bank_files_agree")).append(" | ")
                .append(agreeing).append(" / ").append(agree.size()).append(" |\n");
        md.append("| `corpus_bad_bank_files_rejected` | ").append(json.get("corpus_bad_bank_files_rejected")).append(" | ")
                .append(rejected).append(" / ").append(mustFail.size()).append(" |\n");
        md.append("| `mailbox_messages_lost`, `mailbox_messages_duplicated`, `mailbox_messages_per_second`, "
                + "`corpus_emails_attachments_found` | null | not measured yet in this run (`--no-mailbox`) |\n\n");
        List<IntakeEval.Outcome> disagreeing = agree.stream().filter(o -> o.disagreement().isPresent()).toList();
        if (!disagreeing.isEmpty()) {
            md.append("Files that do not agree:\n\n");
            disagreeing.forEach(o -> md.append("- ").append(o.relative()).append(": ").append(cell(o.disagreement().get()))
                    .append("\n"));
            md.append("\n");
        }
        md.append("""
                ## What "agrees" means

                Files with a golden transcript of their parse (ministryofjustice BAI2, genkgo camt, wolph MT940, the
                X12 820) are compared using the parse with mismatches as warnings: those goldens come from parse-only
                libraries and say nothing about totals. Files known only by "must parse and validate" or by their own
                control totals (MT940 without golden) must be accepted with default settings. The table below also
                shows, for every file, what the default policy does.

                - **BAI2 (ministryofjustice)**: accepted; per account (in order) the account number, the number of 16
                  details and the sum of their amounts in minor units equal the collector's transcription.
                - **BAI2 (moov)** `must_parse_and_validate`: every record is read (the parse is accepted once totals
                  are only warnings), and with default settings the file is either accepted or refused for its
                  trailers alone, naming the record. That is what moov's test asserts: its Validate checks fields
                  and structure, not control totals (its own continuation test passes a 49 of 834000 over details
                  of 92500; later moov versions add a totals check behind an option that is off by default "because
                  many production files have incorrect trailers"). sample4 and sample5 are such files: the 98 says
                  4 accounts where 5 follow, and the 98/99 totals and counts are those of the file without account
                  107049932, whose 49 states -1260161341762 and 26 records over 18 records adding up to 7999960.
                  Default settings refuse them (listed below); `accept-with-warning` imports them.
                  `must_fail_to_parse`: counted as must-fail.
                - **camt (genkgo)**: accepted; the entries (in order) of the statement/report/notification the snapshot
                  shows (genkgo's snapshot lists the last record's entries) have the snapshot's signed amount in minor
                  units, currency, CRDT/DBIT and booking date. A file without a
                  snapshot is must-fail.
                - **MT940/MT942 (wolph)**: the transactions (in order) have the golden's signed amount, currency and
                  value date. The golden's sign is wolph's: it negates only the mark D, so a reversal of a credit
                  (RC) comes back positive (wolph documents this default); SWIFT defines RC as a debit, and the
                  statements' own balances (betterplace/sepa_mt9401, statements 1 and 5) add up only with RC as a
                  debit. The comparison therefore reads an RC amount of the golden as negative. A golden with no transactions (one-tag fragments, an invalid statement) agrees with a
                  rejection, since either way nothing is imported; a golden whose transactions have no currency (:61:
                  fragments without a balance) agrees with a rejection for the missing currency, since an amount
                  without a currency cannot become a payment. Files without a golden must be accepted (balances check).
                - **X12 820**: accepted; BPR amount, effective date, payer (N1*PR), and per RMR the invoice number, paid,
                  original and discount amounts and its ADX adjustments as deduction.
                - **Must-fail**: bai2-moov `errors/`, camt053.v2.wrong.xml, the X12 files marked ERR/mismatch/non-EDI/invalid.
                  Rejected means a `Rejected` result with a non-empty reason.
                - Not scored (listed below): NACHA (not in the issue's formats; rejected as unsupported), X12 transaction
                  sets other than 820 and EDIFACT/TRADACOMS (rejected: not payment files).

                ## Every file

                | file | family | role | outcome | agrees | µs |
                |---|---|---|---|---|---|
                """);
        for (IntakeEval.Outcome o : outcomes) {
            row(md, o);
        }
        List<IntakeEval.Outcome> policyRejected = agree.stream().filter(IntakeEval.Outcome::rejectedForTotals).toList();
        md.append("\nWith default settings ").append(policyRejected.size()).append(" of the ").append(agree.size())
                .append(" files scored for agreement are rejected because their own totals or balances do not add up"
                        + " (their parse still agrees as counted above unless marked NO):\n\n");
        for (IntakeEval.Outcome o : policyRejected) {
            md.append("- ").append(o.relative()).append(": ").append(cell(((BankFileResult.Rejected) o.result()).reason()))
                    .append("\n");
        }
        md.append("\n## Malformed corpus (robustness: none is a bank file; each must be rejected, never crash)\n\n");
        md.append("| file | family | role | outcome | agrees | µs |\n|---|---|---|---|---|---|\n");
        for (IntakeEval.Outcome o : malformed) {
            row(md, o);
        }
        long malformedRejected = malformed.stream().filter(IntakeEval.Outcome::rejected).count();
        md.append("\n").append(malformedRejected).append(" of ").append(malformed.size()).append(" malformed files rejected.\n");
        Files.writeString(dir.resolve("intake.md"), md.toString());
    }

    private static void row(StringBuilder md, IntakeEval.Outcome o) {
        String outcome = o.result() instanceof BankFileResult.Accepted a
                ? "accepted " + a.format() + ": " + a.payments().size() + " payments, "
                + a.statements().stream().mapToInt(s -> s.entries().size()).sum() + " entries"
                + (a.warnings().isEmpty() ? "" : ", " + a.warnings().size() + " warnings")
                : "rejected " + o.result().format() + ": " + ((BankFileResult.Rejected) o.result()).reason();
        String agrees = o.file().role() == CorpusFile.Role.AGREE ? o.disagreement().map(d -> "NO: " + d).orElse("yes")
                : o.file().role() == CorpusFile.Role.MUST_FAIL ? (o.rejected() ? "yes (rejected)" : "NO: accepted") : "–";
        md.append("| ").append(o.relative()).append(" | ").append(o.file().family()).append(" | ").append(o.file().role())
                .append(" | ").append(cell(outcome)).append(" | ").append(cell(agrees)).append(" | ").append(o.micros()).append(" |\n");
    }

    private static String cell(String s) {
        String one = s.replace('\n', ' ').replace("|", "\\|");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    private static Double ratio(long n, long d) {
        return d == 0 ? null : Math.round(n * 10000.0 / d) / 10000.0;
    }
}
