package io.clearline.matching.application;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.core.receivables.PaymentTerms;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code matching.customer} and {@code matching.open_item}: upserts, reads, and the applying update. */
@Repository
public class OpenItemRows {

    private static final String ITEM_COLUMNS = "customer_id, document_number, document_type, po_number, issue_date, "
            + "due_date, terms, currency, original_amount, open_amount, version";

    private final JdbcClient jdbc;

    public OpenItemRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state of one item an application is checked against. */
    public record Stored(OpenItem item, long version) {
    }

    void upsert(Customer c, Instant now) {
        jdbc.sql("insert into matching.customer (customer_id, name, aliases, bank_accounts, updated_at) "
                + "values (:id, :name, :aliases, :accounts, :now) on conflict (customer_id) do update set "
                + "name = excluded.name, aliases = excluded.aliases, bank_accounts = excluded.bank_accounts, "
                + "updated_at = excluded.updated_at")
                .param("id", c.id().value()).param("name", c.name())
                .param("aliases", String.join("|", c.aliases()))
                .param("accounts", String.join("|", c.bankAccounts()))
                .param("now", Timestamp.from(now)).update();
    }

    void upsert(OpenItem i, Instant now) {
        jdbc.sql("insert into matching.open_item (" + ITEM_COLUMNS + ", updated_at) values (:customer, :doc, :type, "
                + ":po, :issue, :due, :terms, :currency, :original, :open, 1, :now) "
                + "on conflict (customer_id, document_number) do update set document_type = excluded.document_type, "
                + "po_number = excluded.po_number, issue_date = excluded.issue_date, due_date = excluded.due_date, "
                + "terms = excluded.terms, currency = excluded.currency, original_amount = excluded.original_amount, "
                + "open_amount = excluded.open_amount, version = matching.open_item.version + 1, "
                + "updated_at = excluded.updated_at")
                .param("customer", i.customerId().value()).param("doc", i.documentNumber())
                .param("type", i.type().name()).param("po", i.poNumber().orElse(null))
                .param("issue", i.issueDate()).param("due", i.dueDate()).param("terms", i.terms().toString())
                .param("currency", i.openAmount().currency().getCurrencyCode())
                .param("original", i.originalAmount().amount()).param("open", i.openAmount().amount())
                .param("now", Timestamp.from(now)).update();
    }

    boolean customerExists(CustomerId id) {
        return jdbc.sql("select count(*) from matching.customer where customer_id = :id").param("id", id.value())
                .query(Long.class).single() > 0;
    }

    public List<Customer> customers() {
        return jdbc.sql("select customer_id, name, aliases, bank_accounts from matching.customer order by customer_id")
                .query((rs, n) -> new Customer(new CustomerId(rs.getString(1)), rs.getString(2), split(rs.getString(3)),
                        split(rs.getString(4))))
                .list();
    }

    public List<OpenItem> openItems() {
        return jdbc.sql("select " + ITEM_COLUMNS + " from matching.open_item order by customer_id, document_number")
                .query((rs, n) -> item(rs)).list();
    }

    public Optional<Stored> find(CustomerId customer, String documentNumber) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from matching.open_item where customer_id = :c and document_number = :d")
                .param("c", customer.value()).param("d", documentNumber)
                .query((rs, n) -> new Stored(item(rs), rs.getLong("version"))).optional();
    }

    /** The item locked for the applying transaction. */
    Optional<Stored> lock(CustomerId customer, String documentNumber) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from matching.open_item where customer_id = :c and document_number = :d "
                + "for update")
                .param("c", customer.value()).param("d", documentNumber)
                .query((rs, n) -> new Stored(item(rs), rs.getLong("version"))).optional();
    }

    void setOpenAmount(CustomerId customer, String documentNumber, BigDecimal open, Instant now) {
        jdbc.sql("update matching.open_item set open_amount = :open, version = version + 1, updated_at = :now "
                + "where customer_id = :c and document_number = :d")
                .param("open", open).param("now", Timestamp.from(now))
                .param("c", customer.value()).param("d", documentNumber).update();
    }

    private static OpenItem item(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        return new OpenItem(new CustomerId(rs.getString("customer_id")), rs.getString("document_number"),
                OpenItemType.valueOf(rs.getString("document_type")), Optional.ofNullable(rs.getString("po_number")),
                rs.getObject("issue_date", java.time.LocalDate.class), rs.getObject("due_date", java.time.LocalDate.class),
                PaymentTerms.parse(rs.getString("terms")).orElse(null),
                money(rs.getBigDecimal("original_amount"), currency), money(rs.getBigDecimal("open_amount"), currency));
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, currency);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
