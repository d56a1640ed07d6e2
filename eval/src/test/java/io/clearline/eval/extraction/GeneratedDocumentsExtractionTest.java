package io.clearline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.ExtractionStatus;
import io.clearline.trainingdata.documents.DocumentGenerator;
import io.clearline.trainingdata.documents.GeneratedDocument;
import io.clearline.trainingdata.documents.Layout;
import io.clearline.trainingdata.documents.Layouts;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Extraction of one generated document per seen layout, field by field. Holdout layouts stay unseen. */
class GeneratedDocumentsExtractionTest {

    @Test
    void everySeenLayoutComesOutFieldByField() {
        DocumentExtractor extractor = new DocumentExtractor();
        DocumentGenerator generator = new DocumentGenerator(99);
        SoftAssertions soft = new SoftAssertions();
        for (Layout layout : Layouts.all()) {
            if (layout.holdout()) {
                continue;
            }
            GeneratedDocument document = generator.generate(layout, 0);
            ExtractionResult result = extractor.extract(document.pdf());
            String id = document.truth().id();
            soft.assertThat(result.status()).as(id).isEqualTo(ExtractionStatus.EXTRACTED);
            soft.assertThat(result.documentType()).as(id).isEqualTo(document.truth().documentType());
            document.truth().fields().forEach((name, expected) -> {
                ExtractedField<Object> got = result.fields().get(name);
                soft.assertThat(got).as(id + " " + name).isNotNull();
                if (got != null) {
                    soft.assertThat(SameValue.same(expected, got.value()))
                            .as(id + " " + name + ": " + expected + " vs " + got.value()).isTrue();
                    soft.assertThat(got.confidence().value()).as(id + " " + name + " confidence").isPositive();
                }
            });
            soft.assertThat(result.lines()).as(id + " lines").hasSameSizeAs(document.truth().lines());
            for (int i = 0; i < Math.min(result.lines().size(), document.truth().lines().size()); i++) {
                Map<String, ExtractedField<Object>> line = result.lines().get(i);
                int n = i;
                document.truth().lines().get(i).forEach((name, expected) -> soft.assertThat(
                        line.get(name) != null && SameValue.same(expected, line.get(name).value()))
                        .as(id + " line " + (n + 1) + " " + name + ": " + expected).isTrue());
            }
        }
        soft.assertAll();
    }
}
