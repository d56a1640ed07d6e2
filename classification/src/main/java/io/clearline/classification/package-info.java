/** Featurizers, training with Tribuo, export to ONNX, serving with ONNX Runtime, calibration; document-type, order-exception and deduction-reason classifiers. */
package io.clearline.classification;
