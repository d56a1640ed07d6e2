/** Text, layout and OCR from PDFs, scans and e-mails; document type; fields and line items with confidence and provenance; bank and EDI payment-file parsers; the intake mailbox; the raw input store. */
package io.clearline.extraction;
