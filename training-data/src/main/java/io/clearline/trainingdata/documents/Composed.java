package io.clearline.trainingdata.documents;

/** A document's ground truth together with what it prints. */
record Composed(GroundTruth truth, DocumentContent content) {
}
