package io.clearline.extraction.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.PaymentId;
import io.clearline.core.receivables.Payment;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * File by file over the corpus: each parse is compared with the file's golden (amounts, currencies,
 * dates, counts, references where the golden gives them), read with totals mismatches as warnings
 * because those goldens come from parse-only libraries. Policy (rejection on totals) is tested in the
 * reader tests and reported by the intake evaluation.
 */
class CorpusBankFilesTest {

    private static final BankFileSettings LENIENT = BankFileSettings.defaults().acceptingMismatches();

    @TestFactory
    Stream<DynamicTest> camtEntriesMatchGenkgoSnapshots() throws IOException {
        return files("camt-genkgo", ".json").map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> {
            Path xml = json.resolveSibling(json.getFileName().toString().replace(".json", ".xml"));
            BankFileResult.Accepted file = Corpus.accepted(PaymentFiles.read(Files.readAllBytes(xml), "x", LENIENT));
            List<JsonNode> want = new ArrayList<>(golden(json).path("getEntries").values());
            String record = want.isEmpty() ? null : want.get(0).path("getRecord").path("getId").asString();
            List<BankEntry> got = file.statements().stream()
                    .filter(s -> record == null || file.statements().size() == 1 || s.statementId().equals(record))
                    .flatMap(s -> s.entries().stream()).toList();
            assertThat(got).hasSize(want.size());
            for (int i = 0; i < want.size(); i++) {
                JsonNode w = want.get(i);
                BankEntry g = got.get(i);
                assertThat(g.signedAmount().minorUnits()).isEqualTo(Long.parseLong(w.path("getAmount").path("getAmount").asString()));
                assertThat(g.amount().currency().getCurrencyCode())
                        .isEqualTo(w.path("getAmount").path("getCurrency").path("getCode").asString());
                assertThat(g.direction().name().substring(0, 1)).isEqualTo(w.path("getCreditDebitIndicator").asString().substring(0, 1));
                JsonNode booked = w.path("getBookingDate").path("0");
                if (!booked.isMissingNode() && !booked.isNull()) {
                    assertThat(booked.asString()).startsWith(g.bookingDate().orElseThrow().toString());
                }
                String servicerRef = w.path("getAccountServicerReference").asString("");
                if (!servicerRef.isEmpty() && !w.path("getAccountServicerReference").isNull()) {
                    assertThat(g.bankReference()).isEqualTo(servicerRef);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> mt940TransactionsMatchWolphGoldens() throws IOException {
        return files("mt940-wolph", ".expected.json").map(json -> DynamicTest.dynamicTest(
                Corpus.remittance().relativize(json).toString(), () -> {
                    Path sta = json.resolveSibling(json.getFileName().toString().replace(".expected.json", ".sta"));
                    List<JsonNode> want = new ArrayList<>(golden(json).path("transactions").values());
                    BankFileResult result = PaymentFiles.read(Files.readAllBytes(sta), "x", LENIENT);
                    if (want.isEmpty() || want.stream().allMatch(w -> w.path("amount").path("currency").isNull())) {
                        // Fragments: no transactions, or no currency to make a payment of. Nothing may be imported.
                        assertThat(result instanceof BankFileResult.Rejected
                                || ((BankFileResult.Accepted) result).payments().isEmpty()).isTrue();
                        return;
                    }
                    BankFileResult.Accepted file = Corpus.accepted(result);
                    List<BankEntry> got = file.statements().stream().flatMap(s -> s.entries().stream()).toList();
                    assertThat(got).hasSize(want.size());
                    for (int i = 0; i < want.size(); i++) {
                        JsonNode w = want.get(i);
                        BankEntry g = got.get(i);
                        BigDecimal amount = new BigDecimal(w.path("amount").path("amount").asString());
                        if (w.path("status").asString().equals("RC")) {
                            // wolph books RC (reversal of credit) as a credit; SWIFT defines it as a debit, and the
                            // statement's own balances only add up that way (checked by the reader).
                            amount = amount.negate();
                        }
                        assertThat(g.signedAmount().amount()).as("amount of transaction %d", i + 1).isEqualByComparingTo(amount);
                        assertThat(g.amount().currency().getCurrencyCode()).isEqualTo(w.path("amount").path("currency").asString());
                        assertThat(g.valueDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo(w.path("date").asString()));
                        JsonNode customerRef = w.path("customer_reference");
                        if (!customerRef.isNull() && !customerRef.isMissingNode()) {
                            // wolph sometimes drops NONREF and runs on into the next line's supplementary
                            // details; compare the reference itself
                            String expectedRef = customerRef.asString().lines().findFirst().orElse("");
                            assertThat(g.customerReference().replace("NONREF", "")).as("customer reference of %d", i + 1)
                                    .isEqualTo(expectedRef.replace("NONREF", "").strip());
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> bai2AccountsMatchTranscribedTrailers() throws IOException {
        return files("bai2-ministryofjustice", ".expected.json").map(json -> DynamicTest.dynamicTest(
                json.getFileName().toString(), () -> {
                    Path bai = json.resolveSibling(json.getFileName().toString().replace(".expected.json", ""));
                    BankFileResult.Accepted file = Corpus.accepted(PaymentFiles.read(Files.readAllBytes(bai), "x"));
                    List<JsonNode> accounts = new ArrayList<>();
                    golden(json).path("groups").values().forEach(g -> accounts.addAll(g.path("accounts").values()));
                    assertThat(file.statements()).hasSize(accounts.size());
                    for (int i = 0; i < accounts.size(); i++) {
                        BankStatement s = file.statements().get(i);
                        assertThat(s.account()).isEqualTo(accounts.get(i).path("account").asString());
                        assertThat(s.entries()).hasSize(accounts.get(i).path("detail_count").asInt());
                        assertThat(s.entries().stream().mapToLong(e -> e.amount().minorUnits()).sum())
                                .isEqualTo(accounts.get(i).path("detail_amount_sum_minor_units").asLong());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileGivesAStableOutcomeAndIdempotentIds() throws IOException {
        return files("", "").filter(p -> !p.toString().matches(".*\\.(json|yml|md|expected)$")
                        && !p.getFileName().toString().equals("LICENSE"))
                .map(p -> DynamicTest.dynamicTest(Corpus.remittance().relativize(p).toString(), () -> {
                    byte[] bytes = Files.readAllBytes(p);
                    BankFileResult first = PaymentFiles.read(bytes, "x", LENIENT);
                    BankFileResult again = PaymentFiles.read(bytes.clone(), "renamed", LENIENT);
                    assertThat(again).isEqualTo(first);
                    if (first instanceof BankFileResult.Accepted a) {
                        List<PaymentId> ids = a.payments().stream().map(Payment::id).toList();
                        assertThat(ids).doesNotHaveDuplicates();
                    } else {
                        assertThat(((BankFileResult.Rejected) first).reason()).isNotBlank();
                    }
                }));
    }

    private static Stream<Path> files(String folder, String suffix) throws IOException {
        Path root = folder.isEmpty() ? Corpus.remittance() : Corpus.remittance().resolve(folder);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
        }
    }

    private static JsonNode golden(Path json) {
        return JsonMapper.shared().readTree(json.toFile());
    }
}
