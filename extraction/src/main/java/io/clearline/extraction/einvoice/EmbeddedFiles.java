package io.clearline.extraction.einvoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** The XML files a PDF carries in its embedded-files name tree (where Factur-X / ZUGFeRD put theirs). */
final class EmbeddedFiles {

    /** An e-invoice XML is tens of kilobytes; anything far larger is not one and is not read. */
    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_FILES = 50;

    record File(String name, byte[] content) {
    }

    private EmbeddedFiles() {
    }

    static List<File> xml(byte[] pdf) {
        List<File> files = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            if (tree != null) {
                collect(tree, files, 0);
            }
        } catch (IOException | RuntimeException e) {
            // a PDF whose attachments cannot be read has, for this purpose, none; its text is still read
        }
        return files;
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, List<File> into, int depth)
            throws IOException {
        if (depth > 10 || into.size() >= MAX_FILES) {
            return;
        }
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            for (var entry : names.entrySet()) {
                add(entry.getKey(), entry.getValue(), into);
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (var kid : kids) {
                collect(kid, into, depth + 1);
            }
        }
    }

    private static void add(String key, PDComplexFileSpecification spec, List<File> into) throws IOException {
        if (spec == null) {
            return;
        }
        String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFilename();
        name = name == null ? key : name;
        PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
                : spec.getEmbeddedFile();
        if (file == null || name == null || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
            return;
        }
        if (file.getLength() > MAX_BYTES) {
            return;
        }
        byte[] content = file.toByteArray();
        if (content.length <= MAX_BYTES) {
            into.add(new File(name, content));
        }
    }
}
