package io.clearline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionStatus;
import io.clearline.extraction.MessageExtraction;
import io.clearline.trainingdata.badinput.BadInputs;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every generated bad input ends as a recorded outcome, quickly; the unreadable ones say why. */
class GeneratedBadInputsTest {

    @Test
    void badInputsAreRecordedOutcomes() {
        DocumentExtractor extractor = new DocumentExtractor();
        Map<String, byte[]> files = BadInputs.all(3);
        files.forEach((name, bytes) -> {
            long start = System.nanoTime();
            MessageExtraction result = extractor.extractWithParts(bytes);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(name).isLessThan(Duration.ofSeconds(40));
            if (!name.endsWith(".eml")) {
                assertThat(result.document().status()).as(name).isEqualTo(ExtractionStatus.FAILED);
                assertThat(result.document().reason()).as(name).isNotBlank();
            }
        });
        assertThat(extractor.extract(files.get("three-hundred-pages.pdf")).reason()).contains("too many pages");
        assertThat(extractor.extract(files.get("encrypted.pdf")).reason()).contains("encrypted");
        assertThat(extractor.extract(files.get("program.exe.pdf")).reason()).contains("not a document");
    }
}
