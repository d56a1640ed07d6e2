package io.clearline.extraction.ocr;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.PageImages;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.reading.PageRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Page N of a document comes back as PNG, a scan as OCR saw it (upright). */
class PageImagesTest {

    final PageImages images = new PageImages();

    @Test
    void textPdfPageIsRenderedAndOutOfRangePagesAreReasons() throws IOException {
        byte[] pdf = TestPdfs.pdf(List.of(List.of(at(50, 100, "Delivery note 4711 for the warehouse team")),
                List.of(at(50, 100, "Second page with enough text to count as text"))));

        PageRenderer.Rendered page = images.page(pdf, 2);

        assertThat(page.failure()).isNull();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(page.png()));
        assertThat(png.getWidth()).isEqualTo(page.width());
        assertThat(page.width()).isCloseTo((int) Math.round(595.28 * page.dpi() / 72), org.assertj.core.api.Assertions.within(2));
        assertThat(images.page(pdf, 3).failure()).contains("no page 3");
        assertThat(images.page(new byte[0], 1).failure()).contains("empty");
    }

    @Test
    void turnedScanComesBackUpright() throws IOException {
        byte[] pdf = TestPdfs.pdf(List.of(List.of(new TestPdfs.Text(50, 100, "INVOICE 2024-118 for Brass valves", 16),
                at(50, 140, "Please pay within thirty days of the invoice date to our account."))));
        BufferedImage sideways = TestScans.page(pdf, 200, 1, 0);

        PageRenderer.Rendered page = images.page(TestScans.png(sideways), 1);

        assertThat(page.failure()).isNull();
        assertThat(page.rotation()).isIn(90, 270);
        assertThat(page.width()).isLessThan(page.height());
    }
}
