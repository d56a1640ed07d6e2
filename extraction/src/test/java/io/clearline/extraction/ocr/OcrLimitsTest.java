package io.clearline.extraction.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.ExtractionStatus;
import io.clearline.extraction.PageImages;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images too large to decode and missing language data are recorded failures, never crashes. */
class OcrLimitsTest {

    @Test
    void giantPngIsARecordedFailureBeforeAnyPixelIsDecoded() throws IOException {
        ExtractionResult result = new DocumentExtractor().extract(GiantImages.png());

        assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(result.reason()).contains("too large").contains("20000 x 20000");
    }

    @Test
    void giantImageInsideAPdfIsARecordedFailure() throws IOException {
        ExtractionResult result = new DocumentExtractor().extract(GiantImages.pdf());

        assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(result.reason()).contains("too large").contains("20000 x 20000");
        assertThat(new PageImages().page(GiantImages.pdf(), 1).failure()).contains("too large");
    }

    @Test
    void missingLanguageDataSaysWhatToInstall(@TempDir Path empty) {
        OcrEngine engine = OcrEngine.of(OcrSettings.DEFAULT.withTessdata(empty));

        OcrPage page = engine.read(new java.awt.image.BufferedImage(100, 100,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY), 300, 1, false);

        assertThat(page.failed()).isTrue();
        assertThat(page.failure()).contains("OCR is not available").contains("tesseract-ocr")
                .contains(empty.toString());
    }
}
