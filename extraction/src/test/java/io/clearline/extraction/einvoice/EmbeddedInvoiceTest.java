package io.clearline.extraction.einvoice;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.ExtractionStatus;
import io.clearline.extraction.FieldSource;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.TestPdfs.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZUGFeRD / Factur-X / Order-X XML read from the PDF and cross-checked with the visible text. */
class EmbeddedInvoiceTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    private static final List<Text> INVOICE = List.of(new Text(380, 40, "INVOICE", 18),
            at(50, 50, "Nordlicht Handels GmbH"), at(50, 100, "Invoice No.: INV-4711"),
            at(50, 114, "Invoice Date: 2025-05-02"), at(50, 128, "Bill to: Beta Bau AG"),
            at(380, 300, "Total:"), at(460, 300, "119.00 EUR"));

    private static String cii(String total, String doctype) {
        return doctype + "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\""
                + " xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\""
                + " xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">"
                + "<rsm:ExchangedDocument><ram:ID>INV-4711</ram:ID><ram:TypeCode>380</ram:TypeCode>"
                + "<ram:IssueDateTime><udt:DateTimeString format=\"102\">20250502</udt:DateTimeString></ram:IssueDateTime>"
                + "</rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>"
                + "<ram:SellerTradeParty><ram:Name>Nordlicht Handels GmbH</ram:Name></ram:SellerTradeParty>"
                + "<ram:BuyerTradeParty><ram:Name>&xxe;Beta Bau AG</ram:Name></ram:BuyerTradeParty>"
                + "</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeSettlement>"
                + "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
                + "<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format=\"102\">20250601"
                + "</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>"
                + "<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:GrandTotalAmount>" + total
                + "</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
                + "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>";
    }

    private static String plain(String total) {
        return cii(total, "").replace("&xxe;", "");
    }

    static byte[] withAttachment(byte[] pdf, String name, String xml) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFile file = new PDEmbeddedFile(document,
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            file.setSubtype("text/xml");
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(name, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void fieldsTheXmlConfirmsAreSurerAndADisagreementIsFlaggedNotHidden() throws IOException {
        byte[] pdf = withAttachment(TestPdfs.pdf(List.of(INVOICE)), "factur-x.xml", plain("191.00"));

        ExtractionResult both = extractor.extract(pdf);
        ExtractionResult visible = extractor.visibleTextOnly().extract(pdf);

        assertThat(both.origin("invoice_number").source()).isEqualTo(FieldSource.TEXT_AND_XML);
        assertThat(both.fields().get("invoice_number").confidence())
                .isGreaterThan(visible.fields().get("invoice_number").confidence());
        assertThat(both.origin("due_date").source()).isEqualTo(FieldSource.EMBEDDED_XML);
        assertThat(both.fields().get("due_date").value()).isEqualTo(java.time.LocalDate.of(2025, 6, 1));
        assertThat(both.fields().get("due_date").provenance().sourceText()).startsWith("factur-x.xml");

        assertThat((BigDecimal) visible.fields().get("total_amount").value()).isEqualByComparingTo("119.00");
        assertThat(both.origin("total_amount").flagged()).isTrue();
        assertThat(both.origin("total_amount").note()).contains("191.00").contains("119.00");
        assertThat(both.fields().get("total_amount").confidence())
                .isLessThan(visible.fields().get("total_amount").confidence());

        Map<String, Object> json = io.clearline.extraction.json.ExtractionJson.tree(both);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> fields = (Map<String, Map<String, Object>>) json.get("fields");
        assertThat(fields.get("invoice_number")).containsEntry("source", "TEXT_AND_XML").doesNotContainKey("validation_note");
        assertThat(fields.get("total_amount")).containsEntry("source", "EMBEDDED_XML").containsKey("validation_note");
        assertThat(fields.get("buyer_name").get("source")).isIn("TEXT_AND_XML", "TEXT");

        assertThat(visible.origins()).isEmpty();
        assertThat(visible.fields()).doesNotContainKey("due_date");
    }

    @Test
    void anEmbeddedXmlWithADoctypeIsRefusedAndNoEntityIsRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>";
        byte[] pdf = withAttachment(TestPdfs.pdf(List.of(INVOICE)), "factur-x.xml", cii("119.00", hostile));

        ExtractionResult r = extractor.extract(pdf);

        assertThat(r.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(r.origins().values()).noneMatch(o -> o.source() != FieldSource.TEXT);
        assertThat(r.fields().values()).noneMatch(f -> String.valueOf(f.value()).contains("TOP-SECRET"));
        assertThat(EmbeddedInvoices.read("x.xml", cii("1", hostile).getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void anOrderXPdfWithoutATextLayerIsReadFromItsXml() throws IOException {
        Path file = corpus("horstoeko-orderx/reader-order-x-comfort.pdf");

        ExtractionResult r = extractor.extract(Files.readAllBytes(file));

        assertThat(r.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(r.documentType()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(r.fields().get("po_number").value()).isEqualTo("PO123456789");
        assertThat(r.origin("po_number").source()).isEqualTo(FieldSource.EMBEDDED_XML);
        assertThat(r.fields().get("buyer_name").value()).isEqualTo("BUYER_NAME");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("360.00");
        assertThat(extractor.visibleTextOnly().extract(Files.readAllBytes(file)).fields()).doesNotContainKey("po_number");
    }

    private static Path corpus(String relative) {
        Path fromModule = Path.of("../../shared/corpus/invoices-po").toAbsolutePath().normalize();
        Path root = Files.isDirectory(fromModule) ? fromModule : Path.of("/work/shared/corpus/invoices-po");
        Assumptions.assumeTrue(Files.exists(root.resolve(relative)), "corpus not present");
        return root.resolve(relative);
    }
}
