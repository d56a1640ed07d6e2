package io.clearline.governance;

import io.clearline.governance.policy.PolicyRows;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versioned policies that decide what runs without a person. Changing one stores a new
 * version (the old ones stay, so every past decision can be explained) and audits the change.
 * Only a person or the system may change a policy: an automated proposer must not move its own gate.
 */
public class Policies {

    static final Actor CONFIG = Actor.system("config");

    private final PolicyRows rows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public Policies(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.rows = new PolicyRows(jdbc);
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Optional<ActionPolicy> current(String kind) {
        return rows.current(kind);
    }

    public List<ActionPolicy> currentAll() {
        return rows.currentAll();
    }

    /** Every version, oldest first. */
    public List<ActionPolicy> history(String kind) {
        return rows.history(kind);
    }

    /** Stores the next version of the kind's policy and audits the change. */
    public ActionPolicy change(String kind, PolicyRules rules, Actor by, String reason) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidPayload("policy kind must not be blank");
        }
        if (rules == null) {
            throw new InvalidPayload("policy rules are required");
        }
        if (by.kind() != Actor.Kind.PERSON && by.kind() != Actor.Kind.SYSTEM) {
            throw new SegregationOfDutiesViolation(by + " may not change policies: only a person or the system may");
        }
        return tx.execute(status -> {
            rows.lock(kind);
            return store(kind, rules, by, reason, rows.current(kind));
        });
    }

    /**
     * Stores version 1 for each configured kind that has no policy yet. A stored policy wins over
     * configuration: once someone changed it, a restart must not silently undo the change.
     */
    public void seed(Map<String, PolicyRules> defaults) {
        for (Map.Entry<String, PolicyRules> d : new LinkedHashMap<>(defaults).entrySet()) {
            tx.executeWithoutResult(status -> {
                rows.lock(d.getKey());
                if (rows.current(d.getKey()).isEmpty()) {
                    store(d.getKey(), d.getValue(), CONFIG, "default from configuration", Optional.empty());
                }
            });
        }
    }

    private ActionPolicy store(String kind, PolicyRules rules, Actor by, String reason, Optional<ActionPolicy> before) {
        int version = before.map(p -> p.version() + 1).orElse(1);
        ActionPolicy policy = new ActionPolicy(kind.strip(), version, rules, by,
                clock.instant().truncatedTo(ChronoUnit.MICROS), reason);
        rows.insert(policy);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("autoApproveMinConfidence", rules.autoApproveMinConfidence() == null ? null
                : BigDecimal.valueOf(rules.autoApproveMinConfidence()));
        content.put("autoApproveMaxAmount", rules.autoApproveMaxAmount() == null ? null
                : rules.autoApproveMaxAmount().toString());
        content.put("rejectBelowConfidence", rules.rejectBelowConfidence() == null ? null
                : BigDecimal.valueOf(rules.rejectBelowConfidence()));
        content.put("reason", reason);
        audit.append(AuditEntry.of(by, "policy.changed", "policy:" + policy.kind())
                .withTransition(before.map(p -> "v" + p.version()).orElse(null), "v" + version)
                .withPayloadJson(content)
                .withPolicyVersion(policy.label()));
        events.publishEvent(new PolicyChanged(policy.kind(), version, by));
        return policy;
    }
}
