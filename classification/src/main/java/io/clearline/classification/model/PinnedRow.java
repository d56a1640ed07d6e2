package io.clearline.classification.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * One row's input and output tensors, created once over direct buffers and reused: a single text then
 * costs one call into ONNX Runtime, not a tensor created, read out as arrays and closed each time
 * (about a third of the run). The input is kept zeroed between uses. One caller at a time.
 */
final class PinnedRow implements AutoCloseable {

    final FloatBuffer input;
    private final FloatBuffer output;
    private final OnnxTensor inputTensor;
    private final OnnxTensor outputTensor;
    private final Map<String, OnnxTensor> inputs;
    private final Map<String, OnnxTensor> outputs;

    PinnedRow(OrtEnvironment env, OrtSession session, int width, int labels) throws OrtException {
        input = ByteBuffer.allocateDirect(width * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        output = ByteBuffer.allocateDirect(labels * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        inputTensor = OnnxTensor.createTensor(env, input, new long[] {1, width});
        outputTensor = OnnxTensor.createTensor(env, output, new long[] {1, labels});
        inputs = Map.of(session.getInputNames().iterator().next(), inputTensor);
        outputs = Map.of(session.getOutputNames().iterator().next(), outputTensor);
    }

    /** Runs the graph on what {@link #input} holds now. */
    float[] run(OrtSession session) throws OrtException {
        try (OrtSession.Result ignored = session.run(inputs, outputs)) {
            float[] raw = new float[output.capacity()];
            output.get(0, raw);
            return raw;
        }
    }

    @Override
    public void close() {
        inputTensor.close();
        outputTensor.close();
    }
}
