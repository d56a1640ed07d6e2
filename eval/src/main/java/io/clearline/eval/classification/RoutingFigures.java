package io.clearline.eval.classification;

import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import io.clearline.classification.routing.Router;
import io.clearline.classification.routing.RoutingSettings;
import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * How the shipped routing table (app's application.yaml) sends the test split's answers: the share that
 * reaches the right team queue, the share that goes to triage, the share sent to a wrong team, and how
 * many of the classifier's label errors land in the right queue anyway (ADR 005 quotes these).
 * {@code java ... RoutingFigures [repoRoot] [items] [seed]}; same generator, items and seed as the eval.
 */
public final class RoutingFigures {

    private static final String APPLICATION_YAML = "app/src/main/resources/application.yaml";

    private RoutingFigures() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 424242L;
        RoutingSettings routing = shippedRouting(root);
        try (Classifiers classifiers = Classifiers.fromClasspath(withRouting(routing))) {
            Router router = router(routing, classifiers);
            measure(classifiers, router, items, seed).forEach((name, figures) -> System.out.println(name + ": " + figures));
            cost(router);
        }
    }

    /**
     * The figures per classifier for the eval's report, with the routing table app's application.yaml ships;
     * {@code null} when there is no such file (the eval run outside a checkout).
     */
    static Map<String, Map<String, Object>> measure(Path repoRoot, int items, long seed) {
        if (!Files.isRegularFile(repoRoot.resolve(APPLICATION_YAML))) {
            return null;
        }
        RoutingSettings routing = shippedRouting(repoRoot);
        try (Classifiers classifiers = Classifiers.fromClasspath(withRouting(routing))) {
            return measure(classifiers, router(routing, classifiers), items, seed);
        }
    }

    private static Map<String, Map<String, Object>> measure(Classifiers classifiers, Router router, int items, long seed) {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        for (String name : TextSets.NAMES) {
            all.put(name, figures(classifiers, router, name, TextSets.generate(name, seed, items, Partition.TEST)));
        }
        return all;
    }

    private static RoutingSettings shippedRouting(Path root) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(root.resolve(APPLICATION_YAML)));
        Properties properties = yaml.getObject();
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("clearline.classification.routing", RoutingSettings.class).get();
    }

    private static ClassificationProperties withRouting(RoutingSettings routing) {
        ClassificationProperties settings = ClassificationProperties.defaultsOnly();
        return new ClassificationProperties(settings.classifiers(), settings.topK(), settings.topFeatures(),
                settings.maxTextChars(), settings.maxBatchSize(), routing);
    }

    private static Router router(RoutingSettings routing, Classifiers classifiers) {
        return Router.of(routing, classifiers.names().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c, classifiers::labels)));
    }

    /** What routing adds to one answer, with every context key it reads set (warm, single thread). */
    private static void cost(Router router) {
        cost(router, "12500.00");
        cost(router, "EUR 12.500,00");
        cost(router, null);
    }

    private static void cost(Router router, String amount) {
        java.util.Map<String, String> context = new java.util.HashMap<>(java.util.Map.of("customer_id", "C-1001",
                "currency", "EUR", "customer_tier", "KEY", "due_date", java.time.LocalDate.now().plusDays(2).toString()));
        if (amount != null) {
            context.put("amount", amount);
        }
        int sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += router.route("deduction-reason", "DAMAGED", context).why().length();
        }
        int calls = 500_000;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            sink += router.route("deduction-reason", i % 2 == 0 ? "DAMAGED" : "NEEDS_REVIEW", context).why().length();
        }
        System.out.printf("routing: %.2f µs per answer, mean over %d warm calls, amount %s (%d)%n",
                (System.nanoTime() - start) / 1e3 / calls, calls, amount, sink % 10);
    }

    private static Map<String, Object> figures(Classifiers classifiers, Router router, String name,
            List<LabelledText> texts) {
        List<Classification> answers = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 256) {
            answers.addAll(classifiers.classifyBatch(name, texts.subList(from, Math.min(texts.size(), from + 256))
                    .stream().map(t -> new ClassificationRequest(t.text(), t.context())).toList()));
        }
        int n = texts.size();
        int triage = 0;
        int rightQueue = 0;
        int wrongQueue = 0;
        int labelErrors = 0;
        int labelErrorsRightQueue = 0;
        for (int i = 0; i < n; i++) {
            Classification a = answers.get(i);
            if (a.needsReview()) {
                triage++;
                continue;
            }
            // the queue the true label would have been routed to, with the same context
            String truth = router.route(name, texts.get(i).label(), texts.get(i).context()).queue();
            boolean sameQueue = truth.equals(a.route().queue());
            rightQueue += sameQueue ? 1 : 0;
            wrongQueue += sameQueue ? 0 : 1;
            if (!a.label().equals(texts.get(i).label())) {
                labelErrors++;
                labelErrorsRightQueue += sameQueue ? 1 : 0;
            }
        }
        int answered = rightQueue + wrongQueue;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("items", n);
        figures.put("right_queue", round(rightQueue / (double) n));
        figures.put("triage", round(triage / (double) n));
        figures.put("wrong_team", round(wrongQueue / (double) n));
        figures.put("answered_label_errors", labelErrors);
        figures.put("answered_label_errors_in_right_queue", labelErrorsRightQueue);
        figures.put("answered_label_precision", round((answered - labelErrors) / (double) Math.max(1, answered)));
        figures.put("answered_queue_precision", round(rightQueue / (double) Math.max(1, answered)));
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
