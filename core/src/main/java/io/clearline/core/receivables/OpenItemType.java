package io.clearline.core.receivables;

/** A receivable as the ERP exports it. */
public enum OpenItemType {
    INVOICE,
    CREDIT_MEMO
}
