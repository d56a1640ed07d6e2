package io.clearline.classification.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;

/**
 * {@code clearline.classification.routing.*}: label → team queue per classifier, per-customer
 * overrides, and urgency rules over the request's context. The service refuses to start when a queue
 * or rule names a label or classifier that is not served, or a currency that does not exist
 * ({@link Router#of}).
 *
 * <pre>
 * clearline.classification.routing.default-queue=ar-deductions
 * clearline.classification.routing.triage-queue=triage
 * clearline.classification.routing.classifiers.deduction-reason.queues.PRICING=pricing
 * clearline.classification.routing.classifiers.deduction-reason.customers.C-1001.queue=key-accounts
 * clearline.classification.routing.urgency-rules[0].name=large amount
 * clearline.classification.routing.urgency-rules[0].urgency=HIGH
 * clearline.classification.routing.urgency-rules[0].min-amount.EUR=10000.00
 * </pre>
 *
 * @param defaultQueue    where an answer goes when neither its classifier nor its label names a queue (required)
 * @param triageQueue     where {@code NEEDS_REVIEW} answers go ({@code triage} when not set)
 * @param defaultUrgency  the urgency when no rule matches ({@code NORMAL} when not set)
 * @param defaultCurrency the currency of a context {@code amount} that names none and comes without {@code currency}
 * @param timeZone        the zone whose calendar counts days to due and ship dates (the system's when not set)
 * @param classifiers     per classifier: its label → queue table and customer overrides
 * @param urgencyRules    the most urgent matching rule decides; none matching → {@code defaultUrgency}
 */
public record RoutingSettings(@NotBlank String defaultQueue, String triageQueue, Urgency defaultUrgency,
        String defaultCurrency, String timeZone, Map<String, @Valid ClassifierRoutes> classifiers,
        List<@Valid UrgencyRule> urgencyRules) {

    public RoutingSettings {
        triageQueue = triageQueue == null || triageQueue.isBlank() ? "triage" : triageQueue;
        defaultUrgency = defaultUrgency == null ? Urgency.NORMAL : defaultUrgency;
        classifiers = classifiers == null ? Map.of() : Map.copyOf(classifiers);
        urgencyRules = urgencyRules == null ? List.of() : List.copyOf(urgencyRules);
    }

    /**
     * With no routing configured at all (the service's application.yaml ships a table): every answer
     * goes to the triage queue, where a person decides, and says so.
     */
    public static RoutingSettings unconfigured() {
        return new RoutingSettings("triage", "triage", null, null, null, null, null);
    }

    /**
     * @param defaultQueue for labels {@code queues} does not name (the global default queue when not set)
     * @param queues       label → queue
     * @param customers    customer id (context {@code customer_id}) → that customer's overrides
     */
    public record ClassifierRoutes(String defaultQueue, Map<String, String> queues,
            Map<String, @Valid CustomerRoutes> customers) {

        public ClassifierRoutes {
            queues = queues == null ? Map.of() : Map.copyOf(queues);
            customers = customers == null ? Map.of() : Map.copyOf(customers);
        }
    }

    /**
     * One customer's overrides for one classifier (like its customer codes): a queue for some labels,
     * a queue for all its other answers (e.g. the key-account desk), a floor for the urgency.
     * {@code NEEDS_REVIEW} answers still go to triage: nobody knows yet whose they are.
     */
    public record CustomerRoutes(String queue, Map<String, String> queues, Urgency minUrgency) {

        public CustomerRoutes {
            queues = queues == null ? Map.of() : Map.copyOf(queues);
        }
    }
}
