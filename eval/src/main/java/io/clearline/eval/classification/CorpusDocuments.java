package io.clearline.eval.classification;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.doctype.DocumentTypeDetector;
import io.clearline.extraction.doctype.TitleKeywordDetector;
import io.clearline.extraction.doctype.TypeDecision;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Third-party documents of ../shared/corpus whose type their source states (see MANIFEST.md): the
 * UN/CEFACT type code in the expected JSON beside a PDF (380 invoice; 381 credit note → INVOICE, as
 * extraction reads it: an invoice-type document in EN 16931 and the classifier's training data; 220
 * order), invoice2data's invoice samples (PDF, the text-only Orlen invoice, and the PNG scans of four of
 * them in scanned/invoice2data), the plain Hetzner invoice the MANIFEST names, Order-X PDFs without a
 * text layer (read by OCR), and Factur-X's embedded "Bon de livraison" (a delivery note).
 * Each is read the way extraction reads it (its laid-out lines, OCR for scans); the classifier gets the
 * first page's lines, and extraction's own title-keyword decision on the same text is kept beside it.
 */
final class CorpusDocuments {

    /** {@code extractionType}: what extraction's own detector decided on the same text. */
    record Document(Path file, String label, String text, String note, String source, String extractionType) {
    }

    private static final Pattern TYPE_CODE = Pattern.compile("\"type_code\"\\s*:\\s*\"(\\d+)\"");

    private CorpusDocuments() {
    }

    static List<Document> load(Path corpus) {
        List<Document> out = new ArrayList<>();
        ExtractionLimits limits = ExtractionLimits.DEFAULT.withTimeout(Duration.ofMinutes(3)); // OCR under load
        for (String folder : List.of("invoices-po", "scanned/invoice2data")) {
            Path root = corpus.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Labelled known = label(file);
                    if (known != null) {
                        out.add(read(file, known, limits));
                    }
                }
            } catch (IOException e) {
                out.add(new Document(root, "?", "", "cannot list corpus: " + e.getMessage(), "", "?"));
            }
        }
        return out;
    }

    record Labelled(String label, String source) {
    }

    /** The type the file's source states, or null when it states none. */
    static Labelled label(Path file) throws IOException {
        String name = file.getFileName().toString();
        String folder = file.getParent().getFileName().toString();
        if (!name.matches("(?i).*\\.(pdf|png|txt)")) {
            return null;
        }
        if (name.contains("Bon_de_livraison")) {
            return new Labelled("PROOF_OF_DELIVERY", "embedded as the delivery note of a Factur-X invoice");
        }
        if (folder.equals("invoice2data")) {
            return new Labelled("INVOICE", "invoice2data invoice sample (golden JSON beside it)");
        }
        if (name.startsWith("RE-E-974-Hetzner")) {
            return new Labelled("INVOICE", "MANIFEST: a plain real invoice");
        }
        Path expected = file.resolveSibling(name.replaceFirst("\\.[a-z]+$", ".expected.json"));
        if (!Files.isRegularFile(expected)) {
            return null;
        }
        Matcher m = TYPE_CODE.matcher(Files.readString(expected));
        if (!m.find()) {
            return null;
        }
        String label = switch (m.group(1)) {
            case "380" -> "INVOICE";
            case "381" -> "INVOICE"; // a credit note is an invoice-type document (EN 16931)
            case "220" -> "PURCHASE_ORDER";
            default -> null;
        };
        return label == null ? null : new Labelled(label, "type code " + m.group(1) + " in its embedded XML");
    }

    private static Document read(Path file, Labelled known, ExtractionLimits limits) {
        AtomicReference<LaidOutText> seen = new AtomicReference<>();
        DocumentTypeDetector titles = new TitleKeywordDetector();
        DocumentTypeDetector capture = text -> {
            seen.set(text);
            return titles.detect(text);
        };
        try {
            ExtractionResult result = new DocumentExtractor(limits, capture).visibleTextOnly()
                    .extract(Files.readAllBytes(file));
            LaidOutText text = seen.get();
            if (!result.extracted() || text == null) {
                return new Document(file, known.label(), "", "not read: " + result.reason(), known.source(), "—");
            }
            String first = firstPage(text);
            return new Document(file, known.label(), first, first.isEmpty() ? "no text on page 1" : null, known.source(),
                    result.documentType().name());
        } catch (IOException | RuntimeException e) {
            return new Document(file, known.label(), "", "unreadable: " + e.getMessage(), known.source(), "—");
        }
    }

    /** The first page's lines as extraction laid them out (plain text has no pages: all of it). */
    static String firstPage(LaidOutText text) {
        return text.lines().stream().filter(l -> l.page() <= 1).map(Line::text)
                .collect(Collectors.joining("\n")).strip();
    }
}
