package io.clearline.classification.routing;

import io.clearline.classification.Classification;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Checks routing settings against the classifiers actually served and their models' labels, and names
 * every problem at once, so an operator fixes the configuration in one go rather than one restart each.
 */
final class RoutingCheck {

    private final Map<String, List<String>> labels;
    private final List<String> problems = new ArrayList<>();

    private RoutingCheck(Map<String, List<String>> labels) {
        this.labels = labels;
    }

    static void check(RoutingSettings settings, Map<String, List<String>> labels) {
        RoutingCheck check = new RoutingCheck(labels);
        check.settings(settings);
        if (!check.problems.isEmpty()) {
            throw new InvalidRoutingException(check.problems);
        }
    }

    private void settings(RoutingSettings s) {
        if (s.defaultQueue() == null || s.defaultQueue().isBlank()) {
            problems.add("default-queue is missing: every answer needs a queue to fall back on");
        }
        if (s.defaultCurrency() != null && !s.defaultCurrency().isBlank()) {
            currency("default-currency", s.defaultCurrency());
        }
        if (s.timeZone() != null && !s.timeZone().isBlank()) {
            try {
                ZoneId.of(s.timeZone());
            } catch (DateTimeException e) {
                problems.add("time-zone '" + s.timeZone() + "' is not a time zone");
            }
        }
        s.classifiers().forEach(this::classifier);
        for (int i = 0; i < s.urgencyRules().size(); i++) {
            rule("urgency-rules[" + i + "]", s.urgencyRules().get(i));
        }
    }

    private void classifier(String name, RoutingSettings.ClassifierRoutes routes) {
        String at = "classifiers." + name;
        if (!labels.containsKey(name)) {
            problems.add(at + ": no classifier '" + name + "' is served (served: " + labels.keySet() + ")");
            return;
        }
        if (routes.defaultQueue() != null && routes.defaultQueue().isBlank()) {
            problems.add(at + ".default-queue is blank");
        }
        routes.queues().forEach((label, queue) -> queue(at + ".queues", name, label, queue));
        routes.customers().forEach((customer, c) -> {
            String here = at + ".customers." + customer;
            if (c.queue() != null && c.queue().isBlank()) {
                problems.add(here + ".queue is blank");
            }
            c.queues().forEach((label, queue) -> queue(here + ".queues", name, label, queue));
        });
    }

    private void queue(String at, String classifier, String label, String queue) {
        if (!labels.get(classifier).contains(label)) {
            problems.add(at + ": '" + label + "' is not a label of " + classifier + " (labels: " + labels.get(classifier)
                    + "; NEEDS_REVIEW goes to triage-queue)");
        }
        if (queue == null || queue.isBlank()) {
            problems.add(at + "." + label + " names no queue");
        }
    }

    private void rule(String at, UrgencyRule rule) {
        if (rule.name() == null || rule.name().isBlank()) {
            problems.add(at + ".name is missing");
        }
        if (rule.urgency() == null) {
            problems.add(at + ".urgency is missing (one of LOW, NORMAL, HIGH, URGENT)");
        }
        for (String classifier : rule.classifiers()) {
            if (!labels.containsKey(classifier)) {
                problems.add(at + ".classifiers: no classifier '" + classifier + "' is served");
            }
        }
        List<String> scope = rule.classifiers().isEmpty() ? List.copyOf(labels.keySet()) : rule.classifiers();
        for (String label : rule.labels()) {
            boolean known = label.equals(Classification.NEEDS_REVIEW)
                    || scope.stream().anyMatch(c -> labels.getOrDefault(c, List.of()).contains(label));
            if (!known) {
                problems.add(at + ".labels: '" + label + "' is not a label of " + scope);
            }
        }
        amounts(at + ".min-amount", rule.minAmount());
        amounts(at + ".max-amount", rule.maxAmount());
    }

    private void amounts(String at, Map<String, BigDecimal> amounts) {
        amounts.forEach((code, amount) -> {
            currency(at, code);
            if (amount == null || amount.compareTo(BigDecimal.ZERO) < 0) {
                problems.add(at + "." + code + " must be a non-negative amount");
            }
        });
    }

    private void currency(String at, String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(at + ": '" + code + "' is not an ISO 4217 currency code");
        }
    }
}
