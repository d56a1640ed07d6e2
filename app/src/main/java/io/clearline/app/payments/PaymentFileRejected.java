package io.clearline.app.payments;

import java.util.List;

/**
 * An upload contained a payment file that was rejected. Thrown after every file of the upload was
 * imported and recorded (each in its own transaction), so the 422 problem reports all outcomes.
 */
class PaymentFileRejected extends RuntimeException {

    private final transient ImportedFile rejected;
    private final transient List<ImportedFile> files;

    PaymentFileRejected(ImportedFile rejected, List<ImportedFile> files) {
        super(describe(rejected));
        this.rejected = rejected;
        this.files = List.copyOf(files);
    }

    ImportedFile rejected() {
        return rejected;
    }

    List<ImportedFile> files() {
        return files;
    }

    private static String describe(ImportedFile f) {
        String name = f.file().fileName() == null ? "payment file" : f.file().fileName();
        return name + " (" + f.file().format() + ") was rejected: " + f.file().reason();
    }
}
