package io.clearline.extraction;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An e-mail is a document of its own and each attachment is another, linked to the message. */
class MailDocumentsTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void aForwardedPurchaseOrderAttachmentComesOutAsItsOwnDocument() throws IOException {
        byte[] po = TestPdfs.pdf(List.of(List.of(new TestPdfs.Text(380, 40, "PURCHASE ORDER", 18),
                at(50, 100, "PO Number:"), at(150, 100, "4500099123"))));
        String eml = "From: csr@distributor.example\r\nTo: orders@distributor.example\r\n"
                + "Subject: Fwd: PO 4500099123\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Please book the attached order. Remittance Advice follows separately.\r\n"
                + "--b1\r\nContent-Type: application/pdf; name=\"po.pdf\"\r\n"
                + "Content-Disposition: attachment; filename=\"po.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(po) + "\r\n--b1--\r\n";

        MessageExtraction result = extractor.extractWithParts(eml.getBytes(StandardCharsets.US_ASCII));

        assertThat(result.document().status()).as(result.document().reason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(result.parts()).hasSize(1);
        MessageExtraction.Part part = result.parts().get(0);
        assertThat(part.name()).isEqualTo("po.pdf");
        assertThat(part.bytes()).isEqualTo(po.length);
        assertThat(part.result().documentType()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(part.result().fields().get("po_number").value()).isEqualTo("4500099123");
    }

    @Test
    void aPurchaseOrderTypedInTheBodyIsReadFromTheBody() {
        String eml = "From: buyer@customer.example\r\nTo: orders@distributor.example\r\n"
                + "Subject: Order\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "PURCHASE ORDER\r\n\r\nPO Number:  PO-55120\r\nOrder Date:  2025-06-02\r\n"
                + "Currency:  EUR\r\n\r\nSKU      Description        Qty    Unit Price    Amount\r\n"
                + "AB-100   Copper pipe        10     2.50          25.00\r\n\r\nTotal:  25.00\r\n";

        MessageExtraction result = extractor.extractWithParts(eml.getBytes(StandardCharsets.UTF_8));

        ExtractionResult body = result.document();
        assertThat(body.documentType()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(body.fields().get("po_number").value()).isEqualTo("PO-55120");
        assertThat(body.fields().get("po_number").provenance().box()).isEmpty();
        assertThat(body.lines()).hasSize(1);
        assertThat(body.lines().get(0).get("item").value()).isEqualTo("AB-100");
        assertThat(result.parts()).isEmpty();
    }

    @Test
    void aPdfHasNoParts() throws IOException {
        byte[] pdf = TestPdfs.pdf(List.of(List.of(at(50, 50, "INVOICE"))));
        assertThat(extractor.extractWithParts(pdf).parts()).isEmpty();
    }
}
