package io.clearline.extraction.einvoice;

import io.clearline.core.document.DocumentType;
import java.util.Map;

/**
 * What an embedded e-invoice / e-order XML says, in the extraction contract's field names.
 *
 * @param file      the embedded file's name (factur-x.xml, zugferd-invoice.xml, order-x.xml, ...)
 * @param typeCode  UNTDID 1001 document code (380 invoice, 381 credit note, 220 order, ...)
 * @param fields    field name → value (String, LocalDate, BigDecimal)
 * @param paths     field name → where in the XML it was read, for provenance
 */
public record EInvoice(String file, DocumentType type, String typeCode, Map<String, Object> fields,
                       Map<String, String> paths) {

    public EInvoice {
        fields = Map.copyOf(fields);
        paths = Map.copyOf(paths);
    }
}
