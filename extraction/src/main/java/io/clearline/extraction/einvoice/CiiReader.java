package io.clearline.extraction.einvoice;

import io.clearline.core.document.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads UN/CEFACT Cross Industry documents: CrossIndustryInvoice (Factur-X, ZUGFeRD 2, XRechnung
 * CII), CrossIndustryDocument (ZUGFeRD 1) and the Order-X message. The header elements share one
 * structure across them; element names that differ between versions are alternatives.
 */
final class CiiReader {

    private static final Set<String> INVOICE_ROOTS = Set.of("CrossIndustryInvoice", "CrossIndustryDocument");
    private static final String ORDER_ROOT = "SCRDMCCBDACIOMessageStructure";

    private static final String DOC = "ExchangedDocument|HeaderExchangedDocument";
    private static final String TRANSACTION = "SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction";
    private static final String AGREEMENT = "ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement";
    private static final String DELIVERY = "ApplicableHeaderTradeDelivery|ApplicableSupplyChainTradeDelivery";
    private static final String SETTLEMENT = "ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement";
    private static final String SUMS = "SpecifiedTradeSettlementHeaderMonetarySummation"
            + "|SpecifiedTradeSettlementMonetarySummation";

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();

    private CiiReader() {
    }

    static boolean known(Element root) {
        return INVOICE_ROOTS.contains(root.getLocalName()) || ORDER_ROOT.equals(root.getLocalName());
    }

    static Optional<EInvoice> read(String file, Element root) {
        if (!known(root)) {
            return Optional.empty();
        }
        boolean order = ORDER_ROOT.equals(root.getLocalName());
        CiiReader r = new CiiReader();
        String typeCode = Path.text(root, DOC, "TypeCode").orElse(order ? "220" : "380");
        r.text(order ? "po_number" : "invoice_number", root, DOC, "ID");
        r.date(order ? "order_date" : "issue_date", root, DOC, "IssueDateTime", "DateTimeString");
        Optional<Element> tx = Path.first(root, TRANSACTION);
        if (tx.isPresent()) {
            Element t = tx.get();
            r.text("seller_name", t, AGREEMENT, "SellerTradeParty", "Name");
            r.text("buyer_name", t, AGREEMENT, "BuyerTradeParty", "Name");
            if (order) {
                r.text("ship_to", t, DELIVERY, "ShipToTradeParty", "Name");
                r.date("requested_delivery_date", t, DELIVERY, "RequestedDeliverySupplyChainEvent",
                        "OccurrenceDateTime", "DateTimeString");
                r.text("currency", t, SETTLEMENT, "OrderCurrencyCode");
                r.amount("total_amount", t, SETTLEMENT, SUMS, "GrandTotalAmount");
                r.amount("total_amount", t, SETTLEMENT, SUMS, "LineTotalAmount");
            } else {
                r.text("po_number", t, AGREEMENT, "BuyerOrderReferencedDocument", "IssuerAssignedID|ID");
                r.text("currency", t, SETTLEMENT, "InvoiceCurrencyCode");
                r.date("due_date", t, SETTLEMENT, "SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString");
                r.amount("net_amount", t, SETTLEMENT, SUMS, "TaxBasisTotalAmount");
                r.amount("tax_amount", t, SETTLEMENT, SUMS, "TaxTotalAmount");
                r.amount("total_amount", t, SETTLEMENT, SUMS, "GrandTotalAmount");
            }
        }
        return Optional.of(new EInvoice(file, order ? DocumentType.PURCHASE_ORDER : DocumentType.INVOICE, typeCode,
                r.fields, r.paths));
    }

    private void text(String field, Element from, String... steps) {
        if (!fields.containsKey(field)) {
            Path.text(from, steps).ifPresent(v -> put(field, v, steps));
        }
    }

    private void date(String field, Element from, String... steps) {
        if (!fields.containsKey(field)) {
            Path.text(from, steps).flatMap(CiiReader::date).ifPresent(v -> put(field, v, steps));
        }
    }

    private void amount(String field, Element from, String... steps) {
        if (!fields.containsKey(field)) {
            Path.text(from, steps).flatMap(CiiReader::amount).ifPresent(v -> put(field, v, steps));
        }
    }

    private void put(String field, Object value, String... steps) {
        fields.put(field, value);
        StringBuilder path = new StringBuilder();
        for (String s : steps) {
            path.append('/').append(s.split("\\|")[0]);
        }
        paths.put(field, path.toString());
    }

    /** Format 102 (yyyyMMdd) is what CII prescribes; ISO dates are tolerated. */
    static Optional<LocalDate> date(String text) {
        try {
            String t = text.strip();
            return Optional.of(t.length() == 8 ? LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE)
                    : LocalDate.parse(t.substring(0, Math.min(10, t.length()))));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> amount(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
