package io.clearline.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.governance.ActionContext;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.testing.FreshDatabase;
import io.clearline.governance.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code cash.apply} against the real schema: what it writes, and every refusal writing nothing. */
class ApplyCashHandlerTest {

    private static JdbcClient jdbc;
    private static OpenItemRows rows;
    private final List<Object> events = new ArrayList<>();
    private ApplyCashHandler handler;
    private String customer;

    @BeforeAll
    static void schema() {
        TestDatabase.Connection db = FreshDatabase.create("matching_apply");
        DriverManagerDataSource ds = new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/matching").load().migrate();
        jdbc = JdbcClient.create(ds);
        rows = new OpenItemRows(jdbc);
    }

    @BeforeEach
    void items() {
        handler = new ApplyCashHandler(jdbc, rows, events::add, new StaticListableBeanFactory().getBeanProvider(java.time.Clock.class));
        customer = "C-" + UUID.randomUUID();
        Instant now = Instant.now();
        rows.upsert(new Customer(new CustomerId(customer), "Globex", List.of(), List.of()), now);
        rows.upsert(invoice("INV-1", "100.00"), now);
        rows.upsert(invoice("INV-2", "40.00"), now);
    }

    @Test
    void appliesRecordsAndReducesOpenAmountsOnce() {
        ApplyCash cash = new ApplyCash("P-" + customer, "EUR", new BigDecimal("150.00"),
                List.of(line("INV-1", "98.00", "2.00", "100.00", 1), line("INV-2", "40.00", "0", "40.00", 1)),
                new BigDecimal("12.00"));

        handler.execute(context(cash));

        assertThat(open("INV-1")).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(open("INV-2")).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(jdbc.sql("select count(*) from matching.application where payment_id = :p").param("p", cash.paymentId())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select unapplied_amount from matching.applied_payment where payment_id = :p")
                .param("p", cash.paymentId()).query(BigDecimal.class).single()).isEqualByComparingTo("12.00");
        assertThat(events).singleElement().isInstanceOf(CashApplied.class);

        assertThatThrownBy(() -> handler.execute(context(cash))).isInstanceOf(ApplicationRefused.class)
                .hasMessageContaining("already applied");
    }

    @Test
    void refusesOverApplicationAStaleItemAndAPayloadThatDoesNotAddUp() {
        ApplyCash tooMuch = new ApplyCash("P1-" + customer, "EUR", new BigDecimal("120.00"),
                List.of(line("INV-1", "120.00", "0", "100.00", 1)), BigDecimal.ZERO);
        assertThatThrownBy(() -> handler.execute(context(tooMuch))).hasMessageContaining("would leave -20.00");

        ApplyCash stale = new ApplyCash("P2-" + customer, "EUR", new BigDecimal("90.00"),
                List.of(line("INV-1", "90.00", "0", "90.00", 1)), BigDecimal.ZERO);
        assertThatThrownBy(() -> handler.execute(context(stale))).hasMessageContaining("changed since the proposal");

        ApplyCash unbalanced = new ApplyCash("P3-" + customer, "EUR", new BigDecimal("99.00"),
                List.of(line("INV-1", "100.00", "0", "100.00", 1)), BigDecimal.ZERO);
        assertThatThrownBy(() -> handler.execute(context(unbalanced))).hasMessageContaining("add up to 100.00");

        ApplyCash otherCurrency = new ApplyCash("P4-" + customer, "USD", new BigDecimal("100.00"),
                List.of(line("INV-1", "100.00", "0", "100.00", 1)), BigDecimal.ZERO);
        assertThatThrownBy(() -> handler.execute(context(otherCurrency))).hasMessageContaining("is in EUR");

        ApplyCash unknown = new ApplyCash("P5-" + customer, "EUR", new BigDecimal("100.00"),
                List.of(line("INV-9", "100.00", "0", "100.00", 1)), BigDecimal.ZERO);
        assertThatThrownBy(() -> handler.execute(context(unknown))).hasMessageContaining("does not exist");

        ApplyCash twice = new ApplyCash("P6-" + customer, "EUR", new BigDecimal("100.00"),
                List.of(line("INV-1", "50.00", "0", "100.00", 1), line("INV-1", "50.00", "0", "100.00", 1)), BigDecimal.ZERO);
        assertThatThrownBy(() -> handler.execute(context(twice))).hasMessageContaining("appears twice");

        assertThat(open("INV-1")).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(jdbc.sql("select count(*) from matching.applied_payment where payment_id like :p")
                .param("p", "P_-" + customer).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from matching.application where customer_id = :c")
                .param("c", customer).query(Long.class).single()).isZero();
        assertThat(events).isEmpty();
    }

    private OpenItem invoice(String number, String amount) {
        return new OpenItem(new CustomerId(customer), number, OpenItemType.INVOICE, Optional.empty(),
                LocalDate.of(2026, 11, 1), null, null, Money.of(amount, "EUR"), Money.of(amount, "EUR"));
    }

    private ApplyCash.Line line(String doc, String applied, String discount, String expectedOpen, long version) {
        return new ApplyCash.Line(customer, doc, new BigDecimal(applied), new BigDecimal(discount), BigDecimal.ZERO, null,
                new BigDecimal(expectedOpen), version);
    }

    private Money open(String doc) {
        return rows.find(new CustomerId(customer), doc).orElseThrow().item().openAmount();
    }

    private static ActionContext<ApplyCash> context(ApplyCash cash) {
        return new ActionContext<>(UUID.randomUUID(), ApplyCash.KIND, "payment:" + cash.paymentId(), cash,
                CashApplication.MATCHER, ActionGateway.POLICY, null, null);
    }
}
