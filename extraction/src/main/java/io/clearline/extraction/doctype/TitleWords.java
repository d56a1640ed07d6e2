package io.clearline.extraction.doctype;

import io.clearline.core.document.DocumentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words documents title themselves with, per type, compared without spaces or punctuation. */
public final class TitleWords {

    static final Map<DocumentType, List<String>> TITLES = Map.of(
            DocumentType.PURCHASE_ORDER, List.of("purchaseorder", "purchaseorderform", "order", "po", "bestellung",
                    "einkaufsbestellung", "auftrag", "boncommande", "bondecommande", "commande", "bestelling",
                    "orderx", "bestelbon", "inkooporder", "pedido", "ordendecompra", "ordinedacquisto",
                    "ordinediacquisto", "bonachat"),
            DocumentType.INVOICE, List.of("invoice", "taxinvoice", "commercialinvoice", "salesinvoice", "bill",
                    "rechnung", "warenrechnung", "facture", "factuur", "gutschrift", "creditnote", "avoir",
                    "teilrechnung", "korrekturrechnung", "invoicecreditnote", "faktura", "fakturavat", "creditmemo",
                    "gutschriftsanzeige", "creditnota", "factura", "fattura",
                    // receipts are the seller's record of a sale, read like invoices
                    "receipt", "paymentreceipt", "salesreceipt", "cashreceipt", "quittung", "reçu", "recibo",
                    "ricevuta", "kassenbon", "facturesimplifiée", "facturaelectrónica", "facturaelectronica",
                    "fatturaelettronica", "notadecrédito", "notadicredito", "factuurcreditnota", "creditfactuur",
                    "facturerectificative", "facturarectificativa", "fatturaaccompagnatoria"),
            DocumentType.REMITTANCE_ADVICE, List.of("remittanceadvice", "paymentadvice", "remittance",
                    "paymentremittance", "adviceofpayment", "paymentnotification", "zahlungsavis", "avis",
                    "zahlungsankündigung", "remittanceslip", "avisdepaiement", "avisdevirement", "betalingsadvies",
                    "avisodepago", "avvisodipagamento", "paymentadviceslip"),
            DocumentType.PROOF_OF_DELIVERY, List.of("proofofdelivery", "deliveryreceipt", "deliverynote", "pod",
                    "signeddeliveryreceipt", "deliveryconfirmation", "lieferschein", "ablieferbeleg",
                    "empfangsbestätigung", "bondelivraison", "billoflading", "packingslip", "lieferbeleg", "pakbon",
                    "afleverbon", "albarán", "albaran", "notadeentrega", "documentoditrasporto", "bolladiconsegna",
                    "ddt"));

    private TitleWords() {
    }

    /** Letters only, lower case: "P U R C H A S E  O R D E R" and "Purchase-Order" both become "purchaseorder". */
    public static String squash(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether the text names the type ("Handelsrechnung Nr. 4711" names an invoice). */
    public static boolean mentions(DocumentType type, String text) {
        String s = squash(text);
        return TITLES.getOrDefault(type, List.of()).stream().anyMatch(t -> t.length() >= 5 && s.contains(t));
    }

    /** Whether the text is a title or contains a long title word ("Kopie factuur"). */
    public static boolean containsTitle(String text) {
        String s = squash(text);
        return TITLES.values().stream().flatMap(List::stream).anyMatch(t -> t.equals(s) || t.length() >= 6
                && s.contains(t));
    }

    public static boolean isTitle(String text) {
        String s = squash(text);
        return TITLES.values().stream().anyMatch(l -> l.contains(s));
    }
}
