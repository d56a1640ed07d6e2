package io.clearline.matching.application;

import io.clearline.core.Confidence;
import io.clearline.core.CustomerId;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.ActionProposal;
import io.clearline.governance.Actor;
import io.clearline.governance.Policies;
import io.clearline.governance.ProposeAction;
import io.clearline.governance.Submission;
import io.clearline.matching.Allocation;
import io.clearline.matching.Calibration;
import io.clearline.matching.Candidate;
import io.clearline.matching.CashMatcher;
import io.clearline.matching.Decision;
import io.clearline.matching.KeywordDeductionReasons;
import io.clearline.matching.MatchResult;
import io.clearline.matching.MatchSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cash application as a service. Owns the one {@link CashMatcher} (loaded from {@code matching.*} at
 * start, rebuilt after an upsert, open amounts re-read after every application) behind a lock, since
 * the engine is not thread-safe. Matching a payment submits one {@code cash.apply} proposal with the
 * matcher as proposer; the kind's policy decides whether it is applied at once or waits for a person.
 */
@Service
public class CashApplication {

    public static final Actor MATCHER = Actor.matcher("cash-matcher");

    private static final Logger log = LoggerFactory.getLogger(CashApplication.class);

    private final OpenItemRows rows;
    private final ActionGateway gateway;
    private final Policies policies;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Calibration calibration = Calibration.bundled();
    private final MatchSettings settings =
            MatchSettings.defaults().withAutoThreshold(calibration.autoThreshold().orElse(MatchSettings.defaults().autoThreshold()));
    private CashMatcher matcher;

    public CashApplication(OpenItemRows rows, ActionGateway gateway, Policies policies,
            PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.rows = rows;
        this.gateway = gateway;
        this.policies = policies;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The matcher's AUTO threshold; the {@code cash.apply} policy should auto-approve from the same value. */
    public double autoThreshold() {
        return settings.autoThreshold();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        load();
        // the policy, not the matcher, decides; a policy off the matcher's threshold changes what is touchless
        Optional<Double> policy = policies.current(ApplyCash.KIND).map(p -> p.rules().autoApproveMinConfidence());
        if (policy.isEmpty()) {
            log.warn("no auto-approve policy for {}: every match waits for a person", ApplyCash.KIND);
        } else if (Math.abs(policy.get() - settings.autoThreshold()) > 1e-9) {
            log.warn("{} policy auto-approves from confidence {}, the matcher's calibrated AUTO threshold is {}",
                    ApplyCash.KIND, policy.get(), settings.autoThreshold());
        }
    }

    synchronized void load() {
        List<OpenItem> open = rows.openItems().stream().filter(i -> !i.openAmount().isZero()).toList();
        matcher = CashMatcher.of(rows.customers(), open, settings, new KeywordDeductionReasons(), calibration);
        log.info("cash matcher loaded with {} open items", open.size());
    }

    /** Counts of what a bulk upsert stored. */
    public record Upserted(int customers, int openItems) {
    }

    /**
     * Stores customers and open items (insert or replace by id / customer + document number) in one
     * transaction, then rebuilds the matcher's index. An item of an unknown customer refuses the whole request.
     */
    public Upserted upsert(List<Customer> customers, List<OpenItem> items) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<CustomerId> given = customers.stream().map(Customer::id).collect(Collectors.toSet());
        tx.executeWithoutResult(s -> {
            customers.forEach(c -> rows.upsert(c, now));
            Set<CustomerId> known = new HashSet<>(given);
            for (OpenItem item : items) {
                if (!known.contains(item.customerId())) {
                    if (!rows.customerExists(item.customerId())) {
                        throw new UnknownCustomer("open item " + item.documentNumber() + " names unknown customer "
                                + item.customerId());
                    }
                    known.add(item.customerId());
                }
                rows.upsert(item, now);
            }
        });
        load();
        return new Upserted(customers.size(), items.size());
    }

    /**
     * Matches one payment and submits its {@code cash.apply} proposal (idempotency key
     * {@code cash.apply:<payment id>}). A payment proposed before returns its stored proposal and is not
     * matched again; a payment the matcher can apply to nothing gets no proposal.
     */
    public synchronized MatchOutcome match(Payment payment) {
        String subject = subject(payment);
        Optional<ActionProposal> earlier = gateway.forSubject(subject).stream()
                .filter(p -> p.kind().equals(ApplyCash.KIND)).findFirst();
        if (earlier.isPresent()) {
            return new MatchOutcome(Optional.empty(), earlier, true);
        }
        if (matcher == null) {
            load();
        }
        MatchResult result = matcher.match(payment);
        List<Allocation> applying = result.allocations().stream().filter(a -> !a.isRemainder()).toList();
        if (applying.isEmpty()) {
            return new MatchOutcome(Optional.of(result), Optional.empty(), false);
        }
        try {
            Submission submitted = gateway.submit(new ProposeAction(ApplyCash.KIND, subject, payload(payment, result),
                    MATCHER, proposedConfidence(result), evidence(result), payment.amount(),
                    ApplyCash.KIND + ":" + payment.id().value(), null));
            return new MatchOutcome(Optional.of(result), Optional.of(submitted.proposal()), submitted.replay());
        } finally {
            // the engine pre-applies AUTO results to its index: the store says what really happened
            sync(applying.stream().map(a -> new ItemKey(a.customer().orElseThrow(), a.documentNumber().orElseThrow())).toList());
        }
    }

    /** Keeps the index in step with applications approved later by a person. */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(CashApplied applied) {
        sync(applied.allocations().stream().map(l -> new ItemKey(new CustomerId(l.customerId()), l.documentNumber())).toList());
    }

    /** Reversed applications make their items matchable again. */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(CashReversed reversed) {
        sync(reversed.restored().stream().map(l -> new ItemKey(new CustomerId(l.customerId()), l.documentNumber())).toList());
    }

    private record ItemKey(CustomerId customer, String documentNumber) {
    }

    private synchronized void sync(List<ItemKey> keys) {
        if (matcher == null) {
            return;
        }
        var index = matcher.index();
        for (ItemKey key : keys) {
            int c = index.customers().indexOf(key.customer());
            Optional<OpenItemRows.Stored> stored = rows.find(key.customer(), key.documentNumber());
            if (c < 0 || stored.isEmpty()) {
                continue;
            }
            boolean indexed = false;
            for (int id : index.byDocumentKey(io.clearline.matching.reference.References.canonical(key.documentNumber()))) {
                if (index.customerOf(id) == c && index.documentNumber(id).equals(key.documentNumber())) {
                    index.apply(id, index.openMinor(id) - stored.get().item().openAmount().minorUnits());
                    indexed = true;
                }
            }
            // items loaded fully paid are not indexed; a reversal opens them again
            if (!indexed && !stored.get().item().openAmount().isZero()) {
                index.add(stored.get().item());
            }
        }
    }

    private ApplyCash payload(Payment payment, MatchResult result) {
        List<ApplyCash.Line> lines = new ArrayList<>();
        io.clearline.core.money.Money unapplied = io.clearline.core.money.Money.zero(payment.amount().currency());
        for (Allocation a : result.allocations()) {
            if (a.isRemainder()) {
                unapplied = unapplied.plus(a.applied());
                continue;
            }
            CustomerId customer = a.customer().orElseThrow();
            String document = a.documentNumber().orElseThrow();
            OpenItemRows.Stored stored = rows.find(customer, document)
                    .orElseThrow(() -> new IllegalStateException("matched " + document + " is not stored"));
            lines.add(new ApplyCash.Line(customer.value(), document, a.applied().amount(), a.discount().amount(),
                    a.deduction().amount(), a.deductionReason().map(r -> r.code()).orElse(null),
                    stored.item().openAmount().amount(), stored.version()));
        }
        return new ApplyCash(payment.id().value(), payment.amount().currency().getCurrencyCode(),
                payment.amount().amount(), lines, unapplied.amount());
    }

    /**
     * The calibrated confidence, except that a result a rule sent to a person (ambiguous payer, a
     * document another pending proposal claims) is proposed just under the AUTO threshold, so a policy
     * at that threshold never applies what the matcher itself would not.
     */
    private Confidence proposedConfidence(MatchResult result) {
        if (result.decision() == Decision.AUTO) {
            return result.confidence();
        }
        return result.confidence().min(Confidence.of(Math.nextDown(settings.autoThreshold())));
    }

    private List<String> evidence(MatchResult result) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "matcher decision %s, calibrated confidence %.4f (AUTO from %.4f)",
                result.decision(), result.confidence().value(), settings.autoThreshold()));
        result.allocations().forEach(a -> out.add(a.explanation()));
        out.addAll(result.notes());
        int rank = 2;
        for (Candidate alt : result.alternatives()) {
            out.add("candidate " + rank++ + ": " + alt.customer().map(CustomerId::value).orElse("unknown customer")
                    + " " + alt.documents() + " (" + alt.pattern() + ")");
        }
        return out;
    }

    private static String subject(Payment payment) {
        return "payment:" + payment.id().value();
    }
}
