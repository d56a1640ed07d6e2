package io.clearline.classification.routing;

import io.clearline.classification.Classification;
import io.clearline.core.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Routes a classifier's answer: the queue from the label (customer override, else the classifier's
 * label table, else its default, else the global default; {@code NEEDS_REVIEW} to triage), the urgency
 * from the most urgent matching rule (else the default), raised to the customer's floor. Immutable and
 * thread-safe; checked against the served labels when built.
 */
public final class Router {

    private final RoutingSettings settings;
    private final List<CompiledRule> rules;
    private final Currency defaultCurrency;
    private final Clock clock;

    private Router(RoutingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.defaultCurrency = settings.defaultCurrency() == null || settings.defaultCurrency().isBlank() ? null
                : Currency.getInstance(settings.defaultCurrency());
        this.rules = settings.urgencyRules().stream().map(CompiledRule::of).toList();
    }

    /**
     * @param labels every served classifier → its model's labels
     * @throws InvalidRoutingException naming every label, classifier, currency or queue that does not exist
     */
    public static Router of(RoutingSettings settings, Map<String, List<String>> labels) {
        RoutingCheck.check(settings, labels);
        ZoneId zone = settings.timeZone() == null || settings.timeZone().isBlank() ? ZoneId.systemDefault()
                : ZoneId.of(settings.timeZone());
        return new Router(settings, Clock.system(zone));
    }

    /** As {@link #of(RoutingSettings, Map)}, counting days on the given clock's calendar. */
    public static Router of(RoutingSettings settings, Map<String, List<String>> labels, Clock clock) {
        RoutingCheck.check(settings, labels);
        return new Router(settings, clock);
    }

    /** The route of one answer ({@code label} is the answer's label, {@code NEEDS_REVIEW} included). */
    public Route route(String classifier, String label, Map<String, String> context) {
        RoutingContext facts = RoutingContext.read(context, defaultCurrency, LocalDate.now(clock));
        RoutingSettings.ClassifierRoutes routes = settings.classifiers().get(classifier);
        RoutingSettings.CustomerRoutes customer = routes == null || facts.customer() == null ? null
                : routes.customers().get(facts.customer());
        StringBuilder why = new StringBuilder(96);
        String queue = queue(label, routes, customer, facts.customer(), why);

        Urgency urgency = null;
        List<String> decided = new ArrayList<>(1);
        for (CompiledRule rule : rules) {
            String because = rule.matches(classifier, label, facts);
            if (because == null) {
                continue;
            }
            if (urgency == null || rule.rule().urgency().compareTo(urgency) > 0) {
                urgency = rule.rule().urgency();
                decided.clear();
            }
            if (rule.rule().urgency() == urgency) {
                decided.add("'" + rule.rule().name() + "'" + because);
            }
        }
        why.append("; urgency ");
        if (urgency == null) {
            urgency = settings.defaultUrgency();
            why.append(urgency).append(" (default, no rule matched)");
        } else {
            why.append(urgency).append(" by rule ").append(String.join(", ", decided));
        }
        if (customer != null && customer.minUrgency() != null && customer.minUrgency().compareTo(urgency) > 0) {
            urgency = customer.minUrgency();
            why.append(", raised to ").append(urgency).append(" for customer ").append(facts.customer());
        }
        if (!facts.ignored().isEmpty()) {
            why.append("; ignored: ").append(String.join(", ", facts.ignored()));
        }
        return new Route(queue, urgency, why.toString());
    }

    private String queue(String label, RoutingSettings.ClassifierRoutes routes, RoutingSettings.CustomerRoutes customer,
            String customerId, StringBuilder why) {
        why.append(label).append(" → ");
        if (Classification.NEEDS_REVIEW.equals(label)) {
            why.append(settings.triageQueue()).append(" (triage)");
            return settings.triageQueue();
        }
        String queue;
        if (customer != null && customer.queues().containsKey(label)) {
            queue = customer.queues().get(label);
            why.append(queue).append(" (customer ").append(customerId).append(')');
        } else if (customer != null && customer.queue() != null) {
            queue = customer.queue();
            why.append(queue).append(" (customer ").append(customerId).append(')');
        } else if (routes != null && routes.queues().containsKey(label)) {
            queue = routes.queues().get(label);
            why.append(queue);
        } else if (routes != null && routes.defaultQueue() != null) {
            queue = routes.defaultQueue();
            why.append(queue).append(" (classifier default)");
        } else {
            queue = settings.defaultQueue();
            why.append(queue).append(" (default)");
        }
        return queue;
    }

    /** A rule with its amounts as {@link Money} in each currency, built once. */
    private record CompiledRule(UrgencyRule rule, Map<Currency, Money> minAmount, Map<Currency, Money> maxAmount) {

        static CompiledRule of(UrgencyRule rule) {
            return new CompiledRule(rule, money(rule.minAmount()), money(rule.maxAmount()));
        }

        private static Map<Currency, Money> money(Map<String, java.math.BigDecimal> amounts) {
            Map<Currency, Money> out = new LinkedHashMap<>();
            amounts.forEach((code, amount) -> out.put(Currency.getInstance(code), Money.of(amount, code)));
            return out;
        }

        /** Null when it does not match; else what made it match ("" for a rule without conditions). */
        String matches(String classifier, String label, RoutingContext facts) {
            if (!rule.classifiers().isEmpty() && !rule.classifiers().contains(classifier)
                    || !rule.labels().isEmpty() && !rule.labels().contains(label)) {
                return null;
            }
            List<String> because = new ArrayList<>(2);
            if (!minAmount.isEmpty()) {
                Money min = facts.amount() == null ? null : minAmount.get(facts.amount().currency());
                if (min == null || facts.amount().abs().compareTo(min) < 0) {
                    return null;
                }
                because.add(facts.amount().abs() + " ≥ " + min);
            }
            if (!maxAmount.isEmpty()) {
                Money max = facts.amount() == null ? null : maxAmount.get(facts.amount().currency());
                if (max == null || facts.amount().abs().compareTo(max) > 0) {
                    return null;
                }
                because.add(facts.amount().abs() + " ≤ " + max);
            }
            if (!rule.customerTiers().isEmpty()) {
                if (facts.tier() == null || rule.customerTiers().stream().noneMatch(t -> t.equalsIgnoreCase(facts.tier()))) {
                    return null;
                }
                because.add("tier " + facts.tier().toUpperCase(Locale.ROOT));
            }
            if (rule.maxDaysToDue() != null) {
                if (facts.daysToDue() == null || facts.daysToDue() > rule.maxDaysToDue()) {
                    return null;
                }
                because.add(days("due", facts.daysToDue()));
            }
            if (rule.maxDaysToShip() != null) {
                if (facts.daysToShip() == null || facts.daysToShip() > rule.maxDaysToShip()) {
                    return null;
                }
                because.add(days("ships", facts.daysToShip()));
            }
            return because.isEmpty() ? "" : " (" + String.join(", ", because) + ")";
        }

        private static String days(String what, int days) {
            int n = Math.abs(days);
            String span = n + (n == 1 ? " day" : " days");
            return days < 0 ? what + " " + span + " ago" : days == 0 ? what + " today" : what + " in " + span;
        }
    }
}
