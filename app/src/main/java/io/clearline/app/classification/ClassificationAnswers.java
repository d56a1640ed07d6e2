package io.clearline.app.classification;

import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import io.clearline.classification.UnknownClassifierException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Validates a classification request and answers it, for both ways in: {@link ClassificationController}
 * (MVC) and {@link ClassificationFastPath}. One copy of the checks and of the answer's shape, so the two
 * cannot drift. A request the checks refuse throws {@link InvalidClassificationRequest} (422) or
 * {@link UnknownClassifierException} (404), mapped to problems in one place ({@link ClassificationProblems}).
 * The work itself passes the {@link ClassificationGate}.
 */
@Component
class ClassificationAnswers {

    private static final Logger log = LoggerFactory.getLogger(ClassificationAnswers.class);

    private final Classifiers classifiers;
    private final ClassificationProperties limits;
    private final ClassificationGate gate;

    ClassificationAnswers(Classifiers classifiers, ClassificationProperties limits, ClassificationGate gate) {
        this.classifiers = classifiers;
        this.limits = limits;
        this.gate = gate;
    }

    ClassificationView classify(String classifier, TextToClassify body) {
        known(classifier);
        ClassificationRequest request = request(body, "text");
        Classification answer = gate.through(() -> classifiers.classify(classifier, request));
        log.debug("classified with {} {}: {}", answer.model().name(), answer.model().version(), answer.label());
        return ClassificationView.of(answer);
    }

    BatchView classifyBatch(String classifier, BatchToClassify body) {
        known(classifier);
        List<TextToClassify> items = body == null ? null : body.items();
        if (items == null || items.isEmpty()) {
            throw new InvalidClassificationRequest("items is missing or empty; send at least one {\"text\": ...}");
        }
        if (items.size() > limits.maxBatchSize()) {
            throw new InvalidClassificationRequest("a batch of " + items.size() + " items is over the maximum of "
                    + limits.maxBatchSize() + "; split it");
        }
        List<ClassificationRequest> requests = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            requests.add(request(items.get(i), "items[" + i + "].text"));
        }
        List<Classification> answers = gate.through(() -> classifiers.classifyBatch(classifier, requests));
        log.debug("classified a batch of {} with {}", answers.size(), classifier);
        return new BatchView(answers.stream().map(ClassificationView::of).toList());
    }

    boolean isKnown(String classifier) {
        return classifiers.names().contains(classifier);
    }

    private void known(String classifier) {
        if (!isKnown(classifier)) {
            throw new UnknownClassifierException(classifier, classifiers.names());
        }
    }

    private ClassificationRequest request(TextToClassify item, String field) {
        String text = item == null ? null : item.text();
        if (text == null || text.isBlank()) {
            throw new InvalidClassificationRequest(field + " is missing or blank");
        }
        if (text.length() > limits.maxTextChars()) {
            throw new InvalidClassificationRequest(field + " has " + text.length() + " characters, over the maximum of "
                    + limits.maxTextChars());
        }
        Map<String, String> context = new HashMap<>();
        if (item.context() != null) {
            // JSON nulls in the context mean "not given"
            item.context().forEach((k, v) -> {
                if (k != null && v != null) {
                    context.put(k, v);
                }
            });
        }
        return new ClassificationRequest(text, context);
    }
}
