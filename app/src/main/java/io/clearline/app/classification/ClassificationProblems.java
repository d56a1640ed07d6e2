package io.clearline.app.classification;

import io.clearline.app.problems.ProblemMapping;
import io.clearline.app.problems.ProblemType;
import io.clearline.classification.UnknownClassifierException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** How classification errors appear to clients. */
@Configuration(proxyBeanMethods = false)
class ClassificationProblems {

    static final ProblemType INVALID = ProblemType.of("invalid-classification-request",
            "Invalid classification request", HttpStatus.UNPROCESSABLE_CONTENT);
    static final ProblemType UNKNOWN_CLASSIFIER = ProblemType.of("unknown-classifier", "Unknown classifier",
            HttpStatus.NOT_FOUND);
    static final ProblemType TOO_LARGE = ProblemType.of("classification-request-too-large",
            "Classification request too large", HttpStatus.CONTENT_TOO_LARGE);

    @Bean
    ProblemMapping invalidClassificationRequest() {
        return ProblemMapping.of(InvalidClassificationRequest.class, INVALID, Throwable::getMessage);
    }

    @Bean
    ProblemMapping unknownClassifier() {
        // the message lists the configured classifiers: names, not secrets
        return ProblemMapping.of(UnknownClassifierException.class, UNKNOWN_CLASSIFIER, Throwable::getMessage);
    }
}
