package io.clearline.extraction;

/** Where a field's value was read. */
public enum FieldSource {
    /** The document's visible text (text layer, OCR or e-mail body). */
    TEXT,
    /** An e-invoice / e-order XML embedded in the PDF (ZUGFeRD, Factur-X, Order-X, XRechnung CII). */
    EMBEDDED_XML,
    /** Both, and they agree. */
    TEXT_AND_XML
}
