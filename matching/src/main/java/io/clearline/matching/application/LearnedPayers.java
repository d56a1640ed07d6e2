package io.clearline.matching.application;

import io.clearline.core.CustomerId;
import io.clearline.governance.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code matching.learned_payer}: bank accounts and payer names analysts confirmed, so the matcher
 * recognises the payer next time, also after its index is rebuilt or the service restarts.
 */
@Repository
public class LearnedPayers {

    /** What is remembered about a payer. */
    public enum Kind { ACCOUNT, NAME }

    /** One remembered fact: money with this account / under this name comes from the customer. */
    public record Learned(Kind kind, String value, CustomerId customer) {
    }

    private final JdbcClient jdbc;

    public LearnedPayers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers (or re-assigns: the latest confirmation wins) a non-blank value. */
    public void remember(Kind kind, String value, CustomerId customer, Actor by, Instant now) {
        if (value == null || value.isBlank()) {
            return;
        }
        jdbc.sql("insert into matching.learned_payer (kind, value, customer_id, learned_by, learned_at) values (:kind, "
                + ":value, :customer, :by, :now) on conflict (kind, value) do update set customer_id = excluded.customer_id, "
                + "learned_by = excluded.learned_by, learned_at = excluded.learned_at")
                .param("kind", kind.name()).param("value", normalised(kind, value)).param("customer", customer.value())
                .param("by", by.id()).param("now", Timestamp.from(now)).update();
    }

    public List<Learned> all() {
        return jdbc.sql("select kind, value, customer_id from matching.learned_payer order by learned_at")
                .query((rs, n) -> new Learned(Kind.valueOf(rs.getString(1)), rs.getString(2),
                        new CustomerId(rs.getString(3))))
                .list();
    }

    private static String normalised(Kind kind, String value) {
        String v = value.strip();
        return kind == Kind.ACCOUNT ? v.toUpperCase(Locale.ROOT) : v;
    }
}
