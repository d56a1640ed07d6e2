package io.clearline.app.documents;

import java.util.List;

/** The outcome of an upload, one entry per file in the order sent. */
record Uploaded(List<UploadedDocument> documents) {
}
