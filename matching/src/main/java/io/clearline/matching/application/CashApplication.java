package io.clearline.matching.application;

import io.clearline.core.CustomerId;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import io.clearline.governance.ActionApproved;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.ActionProposal;
import io.clearline.governance.Actor;
import io.clearline.governance.Policies;
import io.clearline.governance.ProposalStatus;
import io.clearline.governance.ProposeAction;
import io.clearline.governance.Submission;
import io.clearline.matching.Calibration;
import io.clearline.matching.CashMatcher;
import io.clearline.matching.DeductionReasons;
import io.clearline.matching.KeywordDeductionReasons;
import io.clearline.matching.MatchResult;
import io.clearline.matching.MatchSettings;
import io.clearline.matching.reference.References;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Cash application as a service. Owns the one {@link CashMatcher} (loaded from {@code matching.*} at
 * start, rebuilt after an upsert, open amounts re-read after every application) behind a lock, since
 * the engine is not thread-safe. Matching a payment submits one {@code cash.apply} proposal with the
 * matcher as proposer; the kind's policy decides whether it is applied at once or waits for a person.
 */
@Service
public class CashApplication {

    public static final Actor MATCHER = CashProposals.MATCHER;

    private static final Logger log = LoggerFactory.getLogger(CashApplication.class);
    private static final JsonMapper PAYLOADS = JsonMapper.builder().build();

    private final OpenItemRows rows;
    private final LearnedPayers learned;
    private final DeductionReasons reasons;
    private final ActionGateway gateway;
    private final Policies policies;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Calibration calibration = Calibration.bundled();
    private final MatchSettings settings =
            MatchSettings.defaults().withAutoThreshold(calibration.autoThreshold().orElse(MatchSettings.defaults().autoThreshold()));
    private final CashProposals proposals = new CashProposals(settings.autoThreshold());
    private CashMatcher matcher;
    /** Set while {@link #matchAll} runs (on this object's lock): it syncs the index per chunk. */
    private boolean batching;

    public CashApplication(OpenItemRows rows, LearnedPayers learned, ActionGateway gateway, Policies policies,
            PlatformTransactionManager transactions, ObjectProvider<DeductionReasons> reasons,
            ObjectProvider<Clock> clock) {
        this.rows = rows;
        this.learned = learned;
        // the classification module's reason classifier when the app wires one in, else keyword rules
        this.reasons = reasons.getIfAvailable(KeywordDeductionReasons::new);
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
        matcher = CashMatcher.of(rows.customers(), open, settings, reasons, calibration);
        List<LearnedPayers.Learned> taught = learned.all();
        taught.forEach(this::teach);
        log.info("cash matcher loaded with {} open items and {} learned payer accounts/names", open.size(), taught.size());
    }

    /**
     * An analyst confirmed who paid: the payment's bank account and payer name are remembered for the
     * customer (stored, so the memory survives rebuilds and restarts) and the matcher knows them at once.
     */
    public synchronized void confirmPayer(Payment payment, CustomerId customer, Actor analyst) {
        remember(customer, payment.payerName().orElse(null), payment.payerAccount().orElse(null), analyst);
    }

    /** A person approving a matcher's proposal confirms its payer (when the proposal names one customer). */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(ActionApproved approved) {
        if (!approved.kind().equals(ApplyCash.KIND) || approved.approver().kind() != Actor.Kind.PERSON) {
            return;
        }
        gateway.find(approved.proposalId()).ifPresent(p -> {
            ApplyCash cash = PAYLOADS.readValue(p.payloadJson(), ApplyCash.class);
            List<String> customers = cash.allocations().stream().map(ApplyCash.Line::customerId).distinct().toList();
            if (cash.payer() != null && customers.size() == 1) {
                synchronized (this) {
                    remember(new CustomerId(customers.get(0)), cash.payer().name(), cash.payer().account(),
                            approved.approver());
                }
            }
        });
    }

    private void remember(CustomerId customer, String name, String account, Actor by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tx.executeWithoutResult(s -> {
            learned.remember(LearnedPayers.Kind.ACCOUNT, account, customer, by, now);
            learned.remember(LearnedPayers.Kind.NAME, name, customer, by, now);
        });
        if (matcher != null) {
            if (account != null) {
                teach(new LearnedPayers.Learned(LearnedPayers.Kind.ACCOUNT, account, customer));
            }
            if (name != null) {
                teach(new LearnedPayers.Learned(LearnedPayers.Kind.NAME, name, customer));
            }
        }
        log.info("payer of customer {} learned from {}: account {}, name {}", customer.value(), by, account, name);
    }

    private void teach(LearnedPayers.Learned fact) {
        var directory = matcher.index().customers();
        int c = directory.indexOf(fact.customer());
        if (c < 0 || fact.value().isBlank()) {
            return;
        }
        switch (fact.kind()) {
            case ACCOUNT -> directory.learnAccount(fact.value(), c);
            case NAME -> directory.learnName(fact.value(), c);
        }
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
        Set<CustomerId> named = items.stream().map(OpenItem::customerId).filter(c -> !given.contains(c))
                .collect(Collectors.toSet());
        tx.executeWithoutResult(s -> {
            Set<CustomerId> stored = rows.existingCustomers(named);
            items.stream().filter(i -> !given.contains(i.customerId()) && !stored.contains(i.customerId())).findFirst()
                    .ifPresent(i -> {
                        throw new UnknownCustomer("open item " + i.documentNumber() + " names unknown customer "
                                + i.customerId());
                    });
            rows.upsertCustomers(customers, now);
            rows.upsertItems(items, now);
        });
        load();
        return new Upserted(customers.size(), items.size());
    }

    /**
     * Matches one payment and submits its {@code cash.apply} proposal (idempotency key
     * {@code cash.apply:<payment id>}, then {@code #2}, {@code #3} for later attempts). A payment whose
     * latest proposal still stands (pending, approved, applied) returns it and is not matched again; one
     * whose latest proposal was rejected or failed is matched afresh and proposed again. A payment the
     * matcher can apply to nothing gets no proposal.
     */
    public synchronized MatchOutcome match(Payment payment) {
        List<ActionProposal> earlier = gateway.forSubject(CashProposals.subject(payment)).stream()
                .filter(p -> p.kind().equals(ApplyCash.KIND)).toList();
        if (!earlier.isEmpty()) {
            ActionProposal latest = earlier.get(earlier.size() - 1);
            if (!retryable(latest)) {
                return new MatchOutcome(Optional.empty(), Optional.of(latest), true);
            }
            matcher().forget(payment.id());
        }
        String key = earlier.isEmpty() ? key(payment) : key(payment) + "#" + (earlier.size() + 1);
        MatchResult result = matcher().match(payment);
        List<OpenItemRows.ItemKey> items = CashProposals.items(result);
        if (items.isEmpty()) {
            return new MatchOutcome(Optional.of(result), Optional.empty(), false);
        }
        try {
            Submission submitted = gateway.submit(proposals.propose(payment, result, rows.findAll(items), key));
            return new MatchOutcome(Optional.of(result), Optional.of(submitted.proposal()), submitted.replay());
        } finally {
            // the engine pre-applies AUTO results to its index: the store says what really happened
            sync(items);
        }
    }

    /** A rejected or failed application leaves the payment unapplied: it may be proposed again. */
    private static boolean retryable(ActionProposal latest) {
        return latest.status() == ProposalStatus.REJECTED || latest.status() == ProposalStatus.FAILED;
    }

    /** What {@link #matchAll} did with a list of payments. */
    public record BatchOutcome(int payments, int applied, int queued, int failed, int rejected, int nothingToApply,
            int proposedBefore) {
    }

    /**
     * Matches many payments, as {@link #match} does one by one, but submits their proposals to the gateway
     * in chunks ({@link ActionGateway#submitAll}): one pair of transactions, one audit batch and one read of
     * the items per chunk. Two payments of one chunk never touch the same item (the chunk is cut before),
     * so every proposal is checked against the item as the payments before it left it.
     */
    public synchronized BatchOutcome matchAll(List<Payment> payments) {
        CashMatcher engine = matcher();
        BatchTally tally = new BatchTally(payments.size());
        batching = true;
        try {
            for (int from = 0; from < payments.size(); from += CHUNK) {
                List<Payment> slice = payments.subList(from, Math.min(payments.size(), from + CHUNK));
                Map<String, ActionProposal> before = gateway.findByKeys(slice.stream().map(CashApplication::key).toList());
                List<Matched> chunk = new ArrayList<>();
                Set<OpenItemRows.ItemKey> touched = new HashSet<>();
                for (Payment payment : slice) {
                    ActionProposal first = before.get(key(payment));
                    if (first != null && !retryable(first)) {
                        tally.proposedBefore++;
                        continue;
                    }
                    if (first != null) { // rejected or failed before: one at a time, as match does it
                        submit(chunk, touched, tally);
                        MatchOutcome again = match(payment);
                        if (again.replay()) {
                            tally.proposedBefore++;
                        } else if (again.proposal().isPresent()) {
                            tally.count(again.proposal().get().status());
                        } else {
                            tally.nothingToApply++;
                        }
                        continue;
                    }
                    MatchResult result = engine.match(payment);
                    List<OpenItemRows.ItemKey> items = CashProposals.items(result);
                    if (items.isEmpty()) {
                        tally.nothingToApply++;
                        continue;
                    }
                    if (items.stream().anyMatch(touched::contains)) {
                        submit(chunk, touched, tally);
                    }
                    chunk.add(new Matched(payment, result));
                    touched.addAll(items);
                }
                submit(chunk, touched, tally);
            }
        } finally {
            batching = false;
        }
        BatchOutcome outcome = tally.outcome();
        log.info("cash batch: {}", outcome);
        return outcome;
    }

    private static final int CHUNK = 250;

    private record Matched(Payment payment, MatchResult result) {
    }

    private void submit(List<Matched> chunk, Set<OpenItemRows.ItemKey> touched, BatchTally tally) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            Map<OpenItemRows.ItemKey, OpenItemRows.Stored> stored = rows.findAll(touched);
            List<ProposeAction> actions = chunk.stream()
                    .map(m -> proposals.propose(m.payment(), m.result(), stored, key(m.payment()))).toList();
            gateway.submitAll(actions).forEach(s -> tally.count(s.proposal().status()));
        } finally {
            sync(touched);
            chunk.clear();
            touched.clear();
        }
    }

    /** Keeps the index in step with applications approved later by a person. */
    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void on(CashApplied applied) {
        if (!batching) { // a batch re-reads its items itself, once per chunk
            sync(applied.allocations().stream()
                    .map(l -> new OpenItemRows.ItemKey(new CustomerId(l.customerId()), l.documentNumber())).toList());
        }
    }

    /** Reversed applications make their items matchable again. */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(CashReversed reversed) {
        sync(reversed.restored().stream()
                .map(l -> new OpenItemRows.ItemKey(new CustomerId(l.customerId()), l.documentNumber())).toList());
    }

    private CashMatcher matcher() {
        if (matcher == null) {
            load();
        }
        return matcher;
    }

    /** Sets the index's open amounts to the stored ones (one read for all the items). */
    private synchronized void sync(Collection<OpenItemRows.ItemKey> keys) {
        if (matcher == null || keys.isEmpty()) {
            return;
        }
        var index = matcher.index();
        Map<OpenItemRows.ItemKey, OpenItemRows.Stored> stored = rows.findAll(keys);
        for (OpenItemRows.ItemKey key : keys) {
            int c = index.customers().indexOf(key.customer());
            OpenItemRows.Stored now = stored.get(key);
            if (c < 0 || now == null) {
                continue;
            }
            boolean indexed = false;
            for (int id : index.byDocumentKey(References.canonical(key.documentNumber()))) {
                if (index.customerOf(id) == c && index.documentNumber(id).equals(key.documentNumber())) {
                    index.apply(id, index.openMinor(id) - now.item().openAmount().minorUnits());
                    indexed = true;
                }
            }
            // items loaded fully paid are not indexed; a reversal opens them again
            if (!indexed && !now.item().openAmount().isZero()) {
                index.add(now.item());
            }
        }
    }

    private static String key(Payment payment) {
        return ApplyCash.KIND + ":" + payment.id().value();
    }
}
