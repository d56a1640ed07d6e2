/** Versioned model artifacts (.onnx, featurizer spec, feature map, label order, model card with metrics and provenance), packaged on the classpath. */
package io.clearline.models;
