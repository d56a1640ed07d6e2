package io.clearline.app.payments;

import java.util.List;

/** The response to a payment-file upload: one outcome per file, in the order sent. */
record ImportedFiles(List<ImportedFile> files) {
}
