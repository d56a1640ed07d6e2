package io.clearline.extraction.einvoice;

import java.util.Optional;

/** Finds the e-invoice or e-order XML a PDF carries (ZUGFeRD, Factur-X, Order-X, XRechnung CII). */
public final class EmbeddedInvoices {

    private EmbeddedInvoices() {
    }

    /** The first embedded XML that is a Cross Industry invoice or order; empty when there is none. */
    public static Optional<EInvoice> find(byte[] pdf) {
        for (EmbeddedFiles.File file : EmbeddedFiles.xml(pdf)) {
            Optional<EInvoice> read = SafeDom.root(file.content()).flatMap(root -> CiiReader.read(file.name(), root));
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /** The same for an XML file on its own (an Order-X or CII file sent without a PDF). */
    public static Optional<EInvoice> read(String name, byte[] xml) {
        return SafeDom.root(xml).flatMap(root -> CiiReader.read(name, root));
    }
}
