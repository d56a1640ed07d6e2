package io.clearline.trainingdata.cash;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.receivables.OpenItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CashWorldGeneratorTest {

    private final CashWorld world = CashWorldGenerator.generate(CashWorldSpec.small(11).withPayments(600));

    @Test
    void theWorldHasTheAskedSizeAndTruthForEveryPayment() {
        assertThat(world.customers()).hasSize(60);
        assertThat(world.openItems()).hasSize(3_000);
        assertThat(world.payments()).hasSize(600);
        assertThat(world.truth().keySet()).isEqualTo(world.payments().stream().map(p -> p.id().value()).collect(Collectors.toSet()));
        EnumSet<PaymentTruth.Scenario> seen = EnumSet.noneOf(PaymentTruth.Scenario.class);
        world.truth().values().forEach(t -> seen.add(t.scenario()));
        assertThat(seen).containsAll(EnumSet.of(PaymentTruth.Scenario.EXACT_SINGLE, PaymentTruth.Scenario.MULTI_REMITTANCE,
                PaymentTruth.Scenario.SHORT_PAY, PaymentTruth.Scenario.NOISY_REFERENCE, PaymentTruth.Scenario.DUPLICATE));
    }

    @Test
    void anInvoiceIsPaidByOnePaymentAtMostAndTruthAddsUp() {
        Set<String> documents = world.openItems().stream().map(OpenItem::documentNumber).collect(Collectors.toSet());
        Set<String> paid = new HashSet<>();
        for (var p : world.payments()) {
            PaymentTruth t = world.truth().get(p.id().value());
            for (var a : t.allocations()) {
                assertThat(documents).contains(a.documentNumber());
                assertThat(paid.add(a.documentNumber())).as("paid twice: " + a.documentNumber()).isTrue();
            }
            if (!t.allocations().isEmpty()) {
                var sum = t.allocations().stream().map(PaymentTruth.Allocation::applied).reduce((x, y) -> x.plus(y)).orElseThrow();
                assertThat(sum).isEqualTo(p.amount());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameWorldAndTheFilesAreWritten(@TempDir Path dir) throws Exception {
        CashWorld again = CashWorldGenerator.generate(CashWorldSpec.small(11).withPayments(600));
        assertThat(again.payments()).isEqualTo(world.payments());
        assertThat(CashWorldGenerator.generate(CashWorldSpec.small(12).withPayments(600)).payments()).isNotEqualTo(world.payments());
        CashWorldFiles.write(world, dir);
        assertThat(Files.readAllLines(dir.resolve("open_items.csv"))).hasSize(3_001).first().asString()
                .isEqualTo("customer_id,document_number,document_type,po_number,issue_date,due_date,terms,currency,original_amount,open_amount");
        assertThat(Files.readAllLines(dir.resolve("payments.csv")).get(0))
                .isEqualTo("payment_id,value_date,amount,currency,payer_name,payer_account,reference_text");
        assertThat(Files.readString(dir.resolve("truth.csv"))).contains("EXACT_SINGLE");
    }
}
