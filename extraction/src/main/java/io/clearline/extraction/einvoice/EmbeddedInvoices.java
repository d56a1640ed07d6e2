package io.clearline.extraction.einvoice;

import java.util.Optional;

/** Finds the e-invoice or e-order XML a PDF carries (ZUGFeRD, Factur-X, Order-X, XRechnung CII). */
public final class EmbeddedInvoices {

    private EmbeddedInvoices() {
    }

    /** The first embedded XML that is a Cross Industry invoice or order; empty when there is none. */
    public static Optional<EInvoice> find(byte[] pdf) {
        if (!mentionsEmbeddedFile(pdf)) {
            return Optional.empty();
        }
        for (EmbeddedFiles.File file : EmbeddedFiles.xml(pdf)) {
            Optional<EInvoice> read = SafeDom.root(file.content()).flatMap(root -> CiiReader.read(file.name(), root));
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    private static final byte[] MARK = "EmbeddedFile".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * An embedded file is a stream, and stream dictionaries are never inside compressed object streams,
     * so its "/Type /EmbeddedFile" is plain in the bytes (as is an uncompressed "/EmbeddedFiles" name
     * tree). Checking that first spares loading every ordinary PDF a second time.
     */
    static boolean mentionsEmbeddedFile(byte[] pdf) {
        outer:
        for (int i = 0; i <= pdf.length - MARK.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (pdf[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The same for an XML file on its own (an Order-X or CII file sent without a PDF). */
    public static Optional<EInvoice> read(String name, byte[] xml) {
        return SafeDom.root(xml).flatMap(root -> CiiReader.read(name, root));
    }
}
