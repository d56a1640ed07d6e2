package io.clearline.app.classification;

import io.clearline.app.security.Access;
import io.clearline.classification.Classifiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classification API for the orchestrator: one text or a batch for a named classifier
 * ({@code deduction-reason}, {@code order-exception}, {@code document-type}). API keys need the
 * {@code classify} scope. Every answer names the model version that gave it.
 */
@Tag(name = "Classification")
@RestController
@RequestMapping(RequestSizeLimit.PATH)
class ClassificationController {

    private final Classifiers classifiers;
    private final ClassificationAnswers answers;

    ClassificationController(Classifiers classifiers, ClassificationAnswers answers) {
        this.classifiers = classifiers;
        this.answers = answers;
    }

    @Operation(summary = "The configured classifiers, their model versions and labels (scope classify or ANALYST)")
    @GetMapping
    @PreAuthorize(Access.CLASSIFY)
    List<ClassifierView> list() {
        return classifiers.names().stream().sorted().map(name -> new ClassifierView(name,
                new ClassificationView.Model(classifiers.model(name).name(), classifiers.model(name).version()),
                classifiers.labels(name))).toList();
    }

    @Operation(summary = "Classify one text (scope classify or ANALYST)", description = """
            Answers with the label (NEEDS_REVIEW when the calibrated confidence is below the label's threshold),
            the model's best guess and its confidence, the top-k labels, the model version and the features that
            weighed most. 422 for a blank or too long text, 404 for an unknown classifier, 413 for a body over
            clearline.classification-api.max-request-size, 415 for a body that is not JSON, 400 for unreadable JSON.""",
            responses = {@ApiResponse(responseCode = "200", description = "the answer"),
                @ApiResponse(responseCode = "422", description = "blank or too long text",
                        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject("""
                                {"type": "https://clearline.io/problems/invalid-classification-request",
                                 "title": "Invalid classification request", "status": 422,
                                 "detail": "text is blank", "instance": "/api/v1/classifications/deduction-reason"}""")))})
    @PostMapping(path = "/{classifier}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.CLASSIFY)
    ClassificationView classify(
            @Parameter(example = "deduction-reason") @PathVariable String classifier,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                @ExampleObject(name = "deduction memo", value = """
                        {"text": "INV 4711 short paid 120.00 - damaged goods on delivery", "context": {"customer_id": "C-1001"}}"""),
                @ExampleObject(name = "order exception", value = """
                        {"text": "unit price 12.40 differs from the contract price 11.90", "context": {"rule_signals": "PRICE_DELTA"}}""")}))
            @RequestBody TextToClassify body) {
        return answers.classify(classifier, body);
    }

    @Operation(summary = "Classify several texts with one classifier (scope classify or ANALYST); answers in the order sent",
            description = "At most clearline.classification.max-batch-size items (1,000 by default); one bad item"
                    + " refuses the whole batch with 422 naming the item.")
    @PostMapping(path = "/{classifier}/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.CLASSIFY)
    BatchView classifyBatch(@Parameter(example = "deduction-reason") @PathVariable String classifier,
            @RequestBody BatchToClassify body) {
        return answers.classifyBatch(classifier, body);
    }
}
