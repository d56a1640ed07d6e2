package io.clearline.app.classification;

import io.clearline.app.governance.Actors;
import io.clearline.app.security.Access;
import io.clearline.classification.ClassificationFeedback;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.Classifiers;
import io.clearline.classification.UnknownClassifierException;
import io.clearline.core.Confidence;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.ActionProposal;
import io.clearline.governance.Actor;
import io.clearline.governance.ProposeAction;
import io.clearline.governance.Submission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections of classifier answers, as labelled data for the next retrain. Each one is a
 * {@code classification.feedback} proposal through the governance gateway (policy and audit as for any
 * change); its handler stores it in {@code classification.feedback}. The same correction sent twice by
 * the same caller is stored once.
 */
@Tag(name = "Classification")
@RestController
@RequestMapping(RequestSizeLimit.PATH)
class FeedbackController {

    private final Classifiers classifiers;
    private final ClassificationProperties limits;
    private final ActionGateway gateway;

    FeedbackController(Classifiers classifiers, ClassificationProperties limits, ActionGateway gateway) {
        this.classifiers = classifiers;
        this.limits = limits;
        this.gateway = gateway;
    }

    /** What the caller sees of the proposal: its id, status and outcome. */
    record FeedbackView(String proposal, String status, String outcome) {
    }

    @Operation(summary = "Correct an answer (scope classify or ANALYST): 201 when recorded, 200 when sent before",
            description = "422 when text or correct_label is missing or correct_label is not one of the classifier's"
                    + " labels; 404 for an unknown classifier. Retrain --feedback-db trains on what is stored.")
    @PostMapping(path = "/{classifier}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.CLASSIFY)
    ResponseEntity<FeedbackView> feedback(@PathVariable String classifier, @RequestBody FeedbackToRecord body,
            Authentication caller) {
        if (!classifiers.names().contains(classifier)) {
            throw new UnknownClassifierException(classifier, classifiers.names());
        }
        if (body.text() == null || body.text().isBlank()) {
            throw new InvalidClassificationRequest("text is missing or blank");
        }
        if (body.text().length() > limits.maxTextChars()) {
            throw new InvalidClassificationRequest("text has " + body.text().length()
                    + " characters, over the maximum of " + limits.maxTextChars());
        }
        List<String> labels = classifiers.labels(classifier);
        if (body.correctLabel() == null || !labels.contains(body.correctLabel())) {
            throw new InvalidClassificationRequest("correct_label must be one of " + labels);
        }
        Actor actor = Actors.of(caller);
        ClassificationFeedback payload = new ClassificationFeedback(classifier, body.text(), body.predictedLabel(),
                body.correctLabel(), body.modelVersion(), caller.getName());
        String key = ClassificationFeedback.KIND + ":" + sha256(caller.getName() + "\n" + classifier + "\n"
                + body.text() + "\n" + body.correctLabel());
        Submission submitted = gateway.submit(ProposeAction.of(ClassificationFeedback.KIND, "classifier:" + classifier,
                payload, actor, Confidence.of(1.0), key));
        ActionProposal proposal = submitted.proposal();
        FeedbackView view = new FeedbackView(proposal.id().toString(), proposal.status().name(),
                proposal.outcome());
        return submitted.replay() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/proposals/" + proposal.id())).body(view);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
