package io.clearline.extraction.bank;

/** A file that cannot be read as a whole; the message is the reason shown to the user. */
public final class BankFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BankFileFormat format;

    public BankFileException(BankFileFormat format, String reason) {
        super(reason, null, false, false);
        this.format = format;
    }

    public BankFileFormat format() {
        return format;
    }
}
