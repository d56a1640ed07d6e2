package io.clearline.classification.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.clearline.classification.features.IndexedFeatures;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Rows laid out densely by column, the input of a graph as Tribuo exports it ({@code input[batch,
 * features]}). A single row runs on pinned tensors ({@link PinnedRow}); several rows share one graph
 * run per {@link OnnxModel#ROWS_PER_RUN}. Buffers are reused and go back zeroed.
 */
final class DenseRows implements GraphRows {

    /** Input buffers kept for reuse per shape; more concurrent callers than this allocate and drop theirs. */
    private static final int KEPT_BUFFERS = 8;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final int width;
    private final int labels;
    private final String model;
    /** Zeroed direct input buffers (one row with its tensors; ROWS_PER_RUN rows), reused: no copy per call. */
    private final BlockingQueue<PinnedRow> singleRows = new ArrayBlockingQueue<>(KEPT_BUFFERS);
    private final BlockingQueue<FloatBuffer> manyRows = new ArrayBlockingQueue<>(KEPT_BUFFERS);

    DenseRows(OrtEnvironment env, OrtSession session, int width, int labels, String model) {
        this.env = env;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.width = width;
        this.labels = labels;
        this.model = model;
    }

    @Override
    public float[][] run(IndexedFeatures[] rows, int count) {
        return count == 1 ? new float[][] {runOne(rows[0])} : runMany(rows, count);
    }

    private float[] runOne(IndexedFeatures row) {
        PinnedRow pinned = singleRows.poll();
        try {
            if (pinned == null) {
                pinned = new PinnedRow(env, session, width, labels);
            }
            fill(pinned.input, 0, row);
            return pinned.run(session);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on " + model, e);
        } finally {
            if (pinned != null) {
                for (int column : row.columns()) {
                    pinned.input.put(column, 0f);
                }
                if (!singleRows.offer(pinned)) {
                    pinned.close();
                }
            }
        }
    }

    private static void fill(FloatBuffer input, int offset, IndexedFeatures row) {
        double[] values = row.values();
        int[] columns = row.columns();
        for (int k = 0; k < columns.length; k++) {
            input.put(offset + columns[k], (float) values[k]);
        }
    }

    private float[][] runMany(IndexedFeatures[] rows, int count) {
        FloatBuffer input = manyRows.poll();
        if (input == null) {
            input = ByteBuffer.allocateDirect(OnnxModel.ROWS_PER_RUN * width * Float.BYTES)
                    .order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        try {
            for (int r = 0; r < count; r++) {
                fill(input, r * width, rows[r]);
            }
            input.clear().limit(count * width);
            try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, new long[] {count, width});
                    OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
                return (float[][]) result.get(0).getValue();
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed on " + model, e);
            }
        } finally {
            for (int r = 0; r < count; r++) {
                for (int column : rows[r].columns()) {
                    input.put(r * width + column, 0f);
                }
            }
            input.clear();
            manyRows.offer(input);
        }
    }

    @Override
    public void close() {
        for (PinnedRow row = singleRows.poll(); row != null; row = singleRows.poll()) {
            row.close();
        }
    }
}
