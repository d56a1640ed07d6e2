package io.clearline.classification.model;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * The weight matrix of a linear model, read back from the shipped ONNX graph so explanations come
 * from the very bytes that score (no second weight file that could drift). Null for graphs without
 * a [features × labels] initializer (a factorisation machine, say).
 *
 * <p>Kept label by label ({@code byLabel[label * features + feature]}): an explanation reads one
 * label's weights at the text's columns, which then lie in that label's stretch (tens of kB, which
 * stays in cache) rather than strided across the whole matrix as the graph stores it.
 */
public record LinearWeights(int features, int labels, float[] byLabel) {

    public float weight(int feature, int label) {
        return byLabel[label * features + feature];
    }

    public static LinearWeights fromOnnx(byte[] onnx, int features, int labels) {
        try {
            for (OnnxMl.TensorProto t : OnnxMl.ModelProto.parseFrom(onnx).getGraph().getInitializerList()) {
                if (t.getDimsCount() == 2 && t.getDims(0) == features && t.getDims(1) == labels
                        && t.getDataType() == OnnxMl.TensorProto.DataType.FLOAT.getNumber()) {
                    return new LinearWeights(features, labels, transpose(features, labels, floats(t)));
                }
            }
            return null;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model", e);
        }
    }

    /** [features × labels] row-major, as the graph stores it → label by label. */
    private static float[] transpose(int features, int labels, float[] values) {
        float[] t = new float[values.length];
        for (int f = 0; f < features; f++) {
            for (int l = 0; l < labels; l++) {
                t[l * features + f] = values[f * labels + l];
            }
        }
        return t;
    }

    private static float[] floats(OnnxMl.TensorProto t) {
        if (t.getFloatDataCount() > 0) {
            float[] out = new float[t.getFloatDataCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = t.getFloatData(i);
            }
            return out;
        }
        FloatBuffer buffer = ByteBuffer.wrap(t.getRawData().toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
