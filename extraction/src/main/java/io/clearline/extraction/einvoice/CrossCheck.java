package io.clearline.extraction.einvoice;

import io.clearline.core.Confidence;
import io.clearline.core.document.ExtractedField;
import io.clearline.core.document.Provenance;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.ExtractionStatus;
import io.clearline.extraction.FieldOrigin;
import io.clearline.extraction.FieldSource;
import io.clearline.extraction.fields.Schema;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts the visible-text extraction and the embedded XML side by side. A field both agree on is
 * surer than either alone; a field only one has comes from that one; where they disagree the XML's
 * value is kept (it is the data the sender's system issued) with low confidence and a validation
 * note naming what the visible text reads, so a person sees the conflict instead of a silent choice.
 */
public final class CrossCheck {

    /** How often an embedded XML's header value is right: high, but it can be stale or a template. */
    static final double XML_ALONE = 0.9;
    static final double DISAGREE = 0.5;
    static final double CAP = 0.99;

    private CrossCheck() {
    }

    public static ExtractionResult apply(ExtractionResult visible, EInvoice xml) {
        if (!visible.extracted()) {
            return fromXmlAlone(visible, xml);
        }
        boolean sameType = visible.documentType() == xml.type();
        Map<String, ExtractedField<Object>> fields = new LinkedHashMap<>();
        Map<String, FieldOrigin> origins = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(Schema.of(xml.type()).fields().keySet());
        for (String name : names) {
            ExtractedField<Object> text = sameType ? visible.fields().get(name) : null;
            Object fromXml = xml.fields().get(name);
            if (fromXml == null) {
                if (text != null) {
                    fields.put(name, text);
                    origins.put(name, FieldOrigin.TEXT);
                }
            } else if (text == null) {
                fields.put(name, xmlField(xml, name, XML_ALONE));
                origins.put(name, new FieldOrigin(FieldSource.EMBEDDED_XML, null));
            } else if (same(name, text.value(), fromXml)) {
                double both = 1 - (1 - text.confidence().value()) * (1 - XML_ALONE);
                fields.put(name, text.withConfidence(Confidence.clamped(Math.min(CAP, both))));
                origins.put(name, new FieldOrigin(FieldSource.TEXT_AND_XML, null));
            } else {
                fields.put(name, xmlField(xml, name, DISAGREE));
                origins.put(name, new FieldOrigin(FieldSource.EMBEDDED_XML, "embedded " + xml.file() + " reads '"
                        + show(fromXml) + "', the visible text reads '" + show(text.value()) + "' (page "
                        + text.provenance().page() + ")"));
            }
        }
        if (!sameType) {
            origins.put("document_type", new FieldOrigin(FieldSource.EMBEDDED_XML, "embedded " + xml.file()
                    + " is a " + xml.type() + ", the visible text looked like " + visible.documentType()));
        }
        return new ExtractionResult(xml.type(), sameType ? Confidence.of(CAP) : Confidence.of(XML_ALONE), fields,
                visible.lines(), ExtractionStatus.EXTRACTED, visible.reason(), visible.pages(), origins);
    }

    /** A PDF without a readable text layer whose XML still says everything the header needs. */
    private static ExtractionResult fromXmlAlone(ExtractionResult visible, EInvoice xml) {
        Map<String, ExtractedField<Object>> fields = new LinkedHashMap<>();
        Map<String, FieldOrigin> origins = new LinkedHashMap<>();
        for (String name : Schema.of(xml.type()).fields().keySet()) {
            if (xml.fields().containsKey(name)) {
                fields.put(name, xmlField(xml, name, XML_ALONE));
                origins.put(name, new FieldOrigin(FieldSource.EMBEDDED_XML, null));
            }
        }
        return new ExtractionResult(xml.type(), Confidence.of(XML_ALONE), fields, visible.lines(),
                ExtractionStatus.EXTRACTED, "visible text not read (" + visible.reason() + "); fields from the embedded "
                + xml.file(), visible.pages(), origins);
    }

    /** Page 0: the value is on no page, it is in the embedded file named in the source text. */
    private static ExtractedField<Object> xmlField(EInvoice xml, String name, double confidence) {
        Object value = xml.fields().get(name);
        return new ExtractedField<>(name, value, Confidence.clamped(confidence),
                new Provenance(0, null, xml.file() + " " + xml.paths().get(name) + ": " + show(value)));
    }

    static boolean same(String field, Object text, Object xml) {
        if (text instanceof BigDecimal a && xml instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (text instanceof String || xml instanceof String) {
            String a = squash(String.valueOf(text));
            String b = squash(String.valueOf(xml));
            // a party printed with its legal form ("Au bon moulin SARL") is the same party
            boolean party = field.endsWith("_name") || field.equals("ship_to");
            return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || party && a.length() >= 4 && b.length() >= 4
                    && (a.contains(b) || b.contains(a)));
        }
        return text.equals(xml);
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String show(Object value) {
        return value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
    }
}
