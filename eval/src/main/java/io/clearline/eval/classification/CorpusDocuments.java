package io.clearline.eval.classification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Third-party PDFs of ../shared/corpus with a document type known from their own metadata: the
 * UN/CEFACT type code in the expected JSON beside them (380 invoice, 381 credit note → OTHER, 220
 * order), invoice2data's invoice samples, and Factur-X's embedded "Bon de livraison" (a delivery
 * note). First-page text by PDFBox; files without text are reported, not scored.
 */
final class CorpusDocuments {

    record Document(Path file, String label, String text, String note) {
    }

    private static final Pattern TYPE_CODE = Pattern.compile("\"type_code\"\\s*:\\s*\"(\\d+)\"");

    private CorpusDocuments() {
    }

    static List<Document> load(Path corpus) {
        Path root = corpus.resolve("invoices-po");
        List<Document> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                String label = label(pdf);
                if (label != null) {
                    out.add(read(pdf, label));
                }
            }
        } catch (IOException e) {
            out.add(new Document(root, "?", "", "cannot list corpus: " + e.getMessage()));
        }
        return out;
    }

    private static String label(Path pdf) throws IOException {
        String name = pdf.getFileName().toString();
        if (name.contains("Bon_de_livraison")) {
            return "PROOF_OF_DELIVERY";
        }
        if (pdf.getParent().getFileName().toString().equals("invoice2data")) {
            return "INVOICE";
        }
        Path expected = pdf.resolveSibling(name.replace(".pdf", ".expected.json"));
        if (!Files.isRegularFile(expected)) {
            return null;
        }
        Matcher m = TYPE_CODE.matcher(Files.readString(expected));
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "380" -> "INVOICE";
            case "381" -> "OTHER";
            case "220" -> "PURCHASE_ORDER";
            default -> null;
        };
    }

    private static Document read(Path pdf, String label) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String text = stripper.getText(doc).strip();
            return new Document(pdf, label, text, text.isEmpty() ? "no text layer" : null);
        } catch (IOException | RuntimeException e) {
            return new Document(pdf, label, "", "unreadable: " + e.getMessage());
        }
    }
}
