package io.clearline.extraction.fields;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import io.clearline.core.money.DecimalStyle;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.TestPdfs.Text;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.reading.PdfText;
import io.clearline.extraction.reading.Reading;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * O/0 and I/1 as OCR confuses them inside codes: repaired on scanned text where the code's shape leaves
 * one reading, never on a text layer, never where the shape is ambiguous.
 */
class CodeShapesTest {

    /** An order as OCR might have read it: two item codes and the PO number with a letter for a digit. */
    private static LaidOutText order(String po, String... items) throws IOException {
        List<Text> page = new ArrayList<>(List.of(new Text(50, 40, "Purchase Order", 18),
                at(50, 80, "PO Number: " + po), at(320, 80, "Order Date: 2024-03-14"),
                at(50, 130, "Item"), at(150, 130, "Description"), at(330, 130, "Qty"), at(400, 130, "Unit Price"),
                at(490, 130, "Amount")));
        for (int i = 0; i < items.length; i++) {
            float y = 146 + i * 14;
            page.addAll(List.of(at(50, y, items[i]), at(150, y, "Hinge " + i), at(340, y, "2"),
                    at(410, y, "5.00"), at(495, y, "10.00")));
        }
        Reading read = PdfText.read(TestPdfs.pdf(List.of(page)), ExtractionLimits.DEFAULT);
        return ((Reading.Text) read).text();
    }

    @Test
    void aScannedCodeThatBreaksItsColumnsShapeIsRepaired() throws IOException {
        LaidOutText text = order("45000O1234", "KC-80961", "0A-37991", "PW-79463", "Q0-30619", "LS-25094");

        FieldReader.Read read = FieldReader.read(text, DocumentType.PURCHASE_ORDER, true);

        assertThat(read.lines()).extracting(l -> l.get("item").value())
                .containsExactly("KC-80961", "OA-37991", "PW-79463", "QO-30619", "LS-25094");
        assertThat(read.lines().get(1).get("item").confidence().value())
                .isLessThan(read.lines().get(0).get("item").confidence().value());
        assertThat(read.fields().get("po_number").value()).isEqualTo("4500001234");
    }

    @Test
    void aTextLayerIsWhatTheDocumentSays() throws IOException {
        LaidOutText text = order("45000O1234", "KC-80961", "0A-37991", "PW-79463", "Q0-30619", "LS-25094");

        FieldReader.Read read = FieldReader.read(text, DocumentType.PURCHASE_ORDER, false);

        assertThat(read.lines().get(1).get("item").value()).isEqualTo("0A-37991");
        assertThat(read.fields().get("po_number").value()).isEqualTo("45000O1234");
    }

    @Test
    void withoutACommonShapeNothingChanges() throws IOException {
        LaidOutText text = order("PO-7781", "KC-80961", "0A-3799", "PW79463", "Q0-30619-B");

        FieldReader.Read read = FieldReader.read(text, DocumentType.PURCHASE_ORDER, true);

        assertThat(read.lines()).extracting(l -> l.get("item").value())
                .containsExactly("KC-80961", "0A-3799", "PW79463", "Q0-30619-B");
    }

    @Test
    void specksAtACodesEndsAndSpacesAtItsHyphenAreNoPartOfIt() {
        DocumentLocale locale = new DocumentLocale(DecimalStyle.POINT, false);

        assertThat(Values.identifier("KC-80961:", locale)).contains("KC-80961");
        assertThat(Values.identifier("-YA-92780", locale)).contains("YA-92780");
        assertThat(Values.identifier(".LO-76786", locale)).contains("LO-76786");
        assertThat(Values.identifier("OM-95637.", locale)).contains("OM-95637");
        assertThat(Values.identifier("RE-2024.07", locale)).contains("RE-2024.07");
        assertThat(Values.identifier("XT -25290", locale)).contains("XT-25290");
        assertThat(Values.identifier("PO- 78001347", locale)).contains("PO-78001347");
        assertThat(Values.identifier("Order 4711 - 2024", locale)).contains("4711");
    }

    @Test
    void onlyGroupsThatAreOtherwiseDigitsTakeDigits() {
        assertThat(CodeShapes.inDigitGroups("45000O1234")).isEqualTo("4500001234");
        assertThat(CodeShapes.inDigitGroups("RE-2O24-0I15")).isEqualTo("RE-2024-0115");
        assertThat(CodeShapes.inDigitGroups("PO-1OOO")).isEqualTo("PO-1OOO"); // as many letters as digits: unclear
        assertThat(CodeShapes.inDigitGroups("INV-OIL")).isEqualTo("INV-OIL");
        assertThat(CodeShapes.inDigitGroups("ABCO123")).isEqualTo("ABCO123");
    }
}
