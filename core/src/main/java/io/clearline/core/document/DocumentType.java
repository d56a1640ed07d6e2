package io.clearline.core.document;

/** What a document is; the JSON contract spells these names exactly. */
public enum DocumentType {
    PURCHASE_ORDER,
    REMITTANCE_ADVICE,
    PROOF_OF_DELIVERY,
    INVOICE,
    OTHER
}
