package io.clearline.extraction.bank;

/** The payment-file formats intake recognises; UNKNOWN and NACHA are recognised only to be refused. */
public enum BankFileFormat {
    BAI2, CAMT_052, CAMT_053, CAMT_054, MT940, MT942, X12_820, NACHA, UNKNOWN
}
