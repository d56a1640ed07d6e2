package io.clearline.trainingdata.documents;

/** A rendered file and what it says. */
public record GeneratedDocument(GroundTruth truth, byte[] pdf) {

    public String fileName() {
        return truth.id() + ".pdf";
    }
}
