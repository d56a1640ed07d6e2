package io.clearline.classification.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.clearline.classification.features.IndexedFeatures;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Rows as their non-zero columns and values, the input of a {@link SparseGraph}: one graph run per row,
 * so a row scores the same alone as in a batch, bit for bit. Inputs are written into reused direct
 * buffers; the input tensors that wrap them (without a copy) are made once per row length and kept,
 * and the output tensor is pinned: a run is one call into ONNX Runtime.
 */
final class SparseRows implements GraphRows {

    private static final int KEPT_BUFFERS = 8;
    private static final int FIRST_CAPACITY = 512;
    /**
     * Rows up to this length keep their input tensors (a pair of small native values per length and kept
     * buffer set: at most a few MB for all models); longer ones (long documents) make theirs per run.
     */
    private static final int KEPT_LENGTHS = 512;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final int labels;
    private final String model;
    private final BlockingQueue<Buffers> kept = new ArrayBlockingQueue<>(KEPT_BUFFERS);

    SparseRows(OrtEnvironment env, OrtSession session, int labels, String model) {
        this.env = env;
        this.session = session;
        this.labels = labels;
        this.model = model;
    }

    @Override
    public float[][] run(IndexedFeatures[] rows, int count) {
        Buffers buffers = kept.poll();
        try {
            if (buffers == null) {
                buffers = new Buffers(env, session, labels, FIRST_CAPACITY);
            }
            float[][] out = new float[count][];
            for (int r = 0; r < count; r++) {
                out[r] = buffers.run(env, session, rows[r]);
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on " + model, e);
        } finally {
            if (buffers != null && !kept.offer(buffers)) {
                buffers.close();
            }
        }
    }

    @Override
    public void close() {
        for (Buffers b = kept.poll(); b != null; b = kept.poll()) {
            b.close();
        }
    }

    /** One caller's input buffers (grown when a row is longer) and pinned output. */
    private static final class Buffers implements AutoCloseable {

        private LongBuffer columns;
        private FloatBuffer values;
        /** Heap copies filled element by element, then moved into the direct buffers in one bulk copy each. */
        private long[] columnArray;
        private float[] valueArray;
        /** By row length n: the two input tensors over the first n entries of the buffers, made when first needed. */
        private Map<String, OnnxTensor>[] inputs;
        private final FloatBuffer output;
        private final OnnxTensor outputTensor;
        private final Map<String, OnnxTensor> outputs;

        Buffers(OrtEnvironment env, OrtSession session, int labels, int capacity) throws OrtException {
            allocate(capacity);
            output = ByteBuffer.allocateDirect(labels * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
            outputTensor = OnnxTensor.createTensor(env, output, new long[] {1, labels});
            outputs = Map.of(session.getOutputNames().iterator().next(), outputTensor);
        }

        @SuppressWarnings("unchecked")
        private void allocate(int capacity) {
            closeInputs();
            inputs = new Map[Math.min(capacity, KEPT_LENGTHS) + 1];
            columns = ByteBuffer.allocateDirect(capacity * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
            values = ByteBuffer.allocateDirect(capacity * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
            columnArray = new long[capacity];
            valueArray = new float[capacity];
        }

        float[] run(OrtEnvironment env, OrtSession session, IndexedFeatures row) throws OrtException {
            int[] cols = row.columns();
            double[] vals = row.values();
            // a text without known features scores as the dense zero row does: W[0] · 0 + b = b exactly
            int n = Math.max(1, cols.length);
            if (n > columns.capacity()) {
                allocate(Integer.highestOneBit(n) << 1);
            }
            if (cols.length == 0) {
                columnArray[0] = 0L;
                valueArray[0] = 0f;
            }
            for (int k = 0; k < cols.length; k++) {
                columnArray[k] = cols[k];
                valueArray[k] = (float) vals[k];
            }
            columns.clear();
            values.clear();
            columns.put(columnArray, 0, n).flip();
            values.put(valueArray, 0, n).flip();
            if (n >= inputs.length) {
                Map<String, OnnxTensor> once = tensors(env, n);
                try {
                    return run(session, once);
                } finally {
                    once.values().forEach(OnnxTensor::close);
                }
            }
            if (inputs[n] == null) {
                inputs[n] = tensors(env, n);
            }
            return run(session, inputs[n]);
        }

        /** Input tensors over the buffers' first n entries (direct, native order: wrapped, not copied). */
        private Map<String, OnnxTensor> tensors(OrtEnvironment env, int n) throws OrtException {
            OnnxTensor c = OnnxTensor.createTensor(env, columns, new long[] {n});
            try {
                return Map.of(SparseGraph.COLUMNS, c,
                        SparseGraph.VALUES, OnnxTensor.createTensor(env, values, new long[] {1, n}));
            } catch (OrtException | RuntimeException e) {
                c.close();
                throw e;
            }
        }

        private float[] run(OrtSession session, Map<String, OnnxTensor> in) throws OrtException {
            try (OrtSession.Result ignored = session.run(in, outputs)) {
                float[] raw = new float[output.capacity()];
                output.get(0, raw);
                return raw;
            }
        }

        private void closeInputs() {
            if (inputs != null) {
                for (Map<String, OnnxTensor> tensors : inputs) {
                    if (tensors != null) {
                        tensors.values().forEach(OnnxTensor::close);
                    }
                }
            }
        }

        @Override
        public void close() {
            closeInputs();
            outputTensor.close();
        }
    }
}
