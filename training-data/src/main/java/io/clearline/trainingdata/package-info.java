/** Labelled data sets and the seeded generator of a distributor's world: documents rendered as PDFs, scans and e-mails, bank and EDI files, with ground truth. */
package io.clearline.trainingdata;
