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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code matching.customer} and {@code matching.open_item}: upserts, reads, and the applying update. */
@Repository
public class OpenItemRows {

    private static final String ITEM_COLUMNS = "customer_id, document_number, document_type, po_number, issue_date, "
            + "due_date, terms, currency, original_amount, open_amount, version";

    private static final String UPSERT_CUSTOMER = "insert into matching.customer (customer_id, name, aliases, "
            + "bank_accounts, updated_at) values (:id, :name, :aliases, :accounts, :now) on conflict (customer_id) do "
            + "update set name = excluded.name, aliases = excluded.aliases, bank_accounts = excluded.bank_accounts, "
            + "updated_at = excluded.updated_at";
    private static final String UPSERT_ITEM = "insert into matching.open_item (" + ITEM_COLUMNS + ", updated_at) "
            + "values (:customer, :doc, :type, :po, :issue, :due, :terms, :currency, :original, :open, 1, :now) "
            + "on conflict (customer_id, document_number) do update set document_type = excluded.document_type, "
            + "po_number = excluded.po_number, issue_date = excluded.issue_date, due_date = excluded.due_date, "
            + "terms = excluded.terms, currency = excluded.currency, original_amount = excluded.original_amount, "
            + "open_amount = excluded.open_amount, version = matching.open_item.version + 1, "
            + "updated_at = excluded.updated_at";
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    @Autowired
    public OpenItemRows(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Without batch operations: bulk methods then go one row at a time. */
    public OpenItemRows(JdbcClient jdbc) {
        this(jdbc, null);
    }

    /** Identifies one open item. */
    public record ItemKey(CustomerId customer, String documentNumber) {
    }

    /** The state of one item an application is checked against. */
    public record Stored(OpenItem item, long version) {
    }

    void upsert(Customer c, Instant now) {
        jdbc.sql(UPSERT_CUSTOMER).paramSource(params(c, now)).update();
    }

    void upsert(OpenItem i, Instant now) {
        jdbc.sql(UPSERT_ITEM).paramSource(params(i, now)).update();
    }

    /** Many customers in JDBC batches (one statement per row without batch operations). */
    void upsertCustomers(List<Customer> customers, Instant now) {
        write(UPSERT_CUSTOMER, customers.stream().map(c -> params(c, now)).toList());
    }

    void upsertItems(List<OpenItem> items, Instant now) {
        write(UPSERT_ITEM, items.stream().map(i -> params(i, now)).toList());
    }

    void write(String sql, List<MapSqlParameterSource> rows) {
        if (batch == null) {
            rows.forEach(r -> jdbc.sql(sql).paramSource(r).update());
            return;
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource params(Customer c, Instant now) {
        return new MapSqlParameterSource().addValue("id", c.id().value()).addValue("name", c.name())
                .addValue("aliases", String.join("|", c.aliases()))
                .addValue("accounts", String.join("|", c.bankAccounts()))
                .addValue("now", Timestamp.from(now));
    }

    private static MapSqlParameterSource params(OpenItem i, Instant now) {
        return new MapSqlParameterSource()
                .addValue("customer", i.customerId().value()).addValue("doc", i.documentNumber())
                .addValue("type", i.type().name()).addValue("po", i.poNumber().orElse(null))
                .addValue("issue", i.issueDate()).addValue("due", i.dueDate()).addValue("terms", i.terms().toString())
                .addValue("currency", i.openAmount().currency().getCurrencyCode())
                .addValue("original", i.originalAmount().amount()).addValue("open", i.openAmount().amount())
                .addValue("now", Timestamp.from(now));
    }

    /** Customer ids among {@code ids} that are stored. */
    Set<CustomerId> existingCustomers(Collection<CustomerId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select customer_id from matching.customer where customer_id = any(:ids)")
                .param("ids", ids.stream().map(CustomerId::value).toArray(String[]::new))
                .query((rs, n) -> new CustomerId(rs.getString(1))).list());
    }

    /** The stored state of many items at once (one query); unknown keys are absent. */
    public Map<ItemKey, Stored> findAll(Collection<ItemKey> keys) {
        return select(keys, "");
    }

    /** {@link #findAll}, row-locked for the applying transaction (in key order, so two batches never deadlock). */
    Map<ItemKey, Stored> lockAll(Collection<ItemKey> keys) {
        return select(keys, " order by customer_id, document_number for update");
    }

    /** Sets many items' open amount and version (the version as the applying batch counted it). */
    void setAll(Map<ItemKey, Stored> changed, Instant now) {
        write("update matching.open_item set open_amount = :open, version = :version, updated_at = :now "
                + "where customer_id = :c and document_number = :d", changed.entrySet().stream()
                .map(e -> new MapSqlParameterSource().addValue("open", e.getValue().item().openAmount().amount())
                        .addValue("version", e.getValue().version()).addValue("now", Timestamp.from(now))
                        .addValue("c", e.getKey().customer().value()).addValue("d", e.getKey().documentNumber()))
                .toList());
    }

    private Map<ItemKey, Stored> select(Collection<ItemKey> keys, String tail) {
        Map<ItemKey, Stored> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + ITEM_COLUMNS + " from matching.open_item where (customer_id, document_number) in "
                + "(select * from unnest(cast(:c as text[]), cast(:d as text[])))" + tail)
                .param("c", keys.stream().map(k -> k.customer().value()).toArray(String[]::new))
                .param("d", keys.stream().map(ItemKey::documentNumber).toArray(String[]::new))
                .query((rs, n) -> new Stored(item(rs), rs.getLong("version")))
                .list().forEach(s -> found.put(new ItemKey(s.item().customerId(), s.item().documentNumber()), s));
        return found;
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
