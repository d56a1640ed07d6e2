package io.clearline.classification.model;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;

/**
 * The sparse form of a linear model's ONNX graph (ADR 008). Tribuo exports a linear model as
 * {@code Gemm(input[batch, features], W[features, labels], b[labels])}, optionally followed by a
 * softmax: a text with a hundred known n-grams pays for a product over all twenty thousand columns.
 * The sparse form takes one text as its non-zero columns and their values and computes only those:
 *
 * <pre>
 * columns int64[n] ──Gather(W, axis 0)──▶ [n, labels]
 * values  float[1, n] ──Gemm(values, gathered, b)──▶ [1, labels] ──(the dense graph's softmax, if any)──▶ output
 * </pre>
 *
 * Same weights (the same initializer, so {@link LinearWeights} reads it as before), same output name,
 * same opset. The sums differ from the dense graph's only in float rounding (fewer, differently
 * ordered additions; ≤ a few 1e-6). {@link OnnxModel} tells the forms apart by their inputs.
 */
public final class SparseGraph {

    /** Input: the model columns of the text's features, int64 [n]. */
    public static final String COLUMNS = "columns";
    /** Input: the feature values in the same order, float [1, n]. */
    public static final String VALUES = "values";
    /** Metadata key naming the form, for people reading the file (the inputs decide, not this). */
    public static final String FORM_KEY = "clearline.graph-form";
    public static final String FORM = "sparse-rows";

    private static final String GATHERED = "gathered_weights";

    private SparseGraph() {
    }

    /** Whether a graph's inputs are {@link #COLUMNS} and {@link #VALUES}. */
    public static boolean isSparse(java.util.Collection<String> inputNames) {
        return inputNames.size() == 2 && inputNames.contains(COLUMNS) && inputNames.contains(VALUES);
    }

    /** Whether the graph {@code onnx} takes sparse rows. */
    public static boolean isSparse(byte[] onnx) {
        try {
            return isSparse(OnnxMl.ModelProto.parseFrom(onnx).getGraph().getInputList().stream()
                    .map(OnnxMl.ValueInfoProto::getName).toList());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model", e);
        }
    }

    /** Whether {@code onnx} is a dense linear graph that {@link #fromDense} can rewrite. */
    public static boolean canRewrite(byte[] onnx) {
        try {
            return linearGemm(OnnxMl.ModelProto.parseFrom(onnx).getGraph()) != null;
        } catch (InvalidProtocolBufferException e) {
            return false;
        }
    }

    /**
     * The sparse form of a dense linear graph: its Gemm over the whole input row replaced by a Gather
     * of the rows of W the text has and a Gemm over those; everything after the Gemm, the initializers,
     * the output, opset, producer, domain, version and metadata kept.
     *
     * @throws IllegalArgumentException when the graph is not {@code Gemm(input, W, b)} on its only input
     */
    public static byte[] fromDense(byte[] dense) {
        OnnxMl.ModelProto model;
        try {
            model = OnnxMl.ModelProto.parseFrom(dense);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model", e);
        }
        OnnxMl.GraphProto graph = model.getGraph();
        OnnxMl.NodeProto gemm = linearGemm(graph);
        if (gemm == null) {
            throw new IllegalArgumentException("not a linear graph (Gemm(input, W[features, labels], b) on the only input): "
                    + graph.getNodeList().stream().map(OnnxMl.NodeProto::getOpType).toList());
        }
        OnnxMl.GraphProto.Builder sparse = graph.toBuilder().clearInput().clearNode()
                .addInput(tensorInput(COLUMNS, OnnxMl.TensorProto.DataType.INT64, List.of(dim("n"))))
                .addInput(tensorInput(VALUES, OnnxMl.TensorProto.DataType.FLOAT, List.of(dim(1), dim("n"))));
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            if (node != gemm) {
                sparse.addNode(node);
                continue;
            }
            sparse.addNode(OnnxMl.NodeProto.newBuilder().setOpType("Gather").setName("Gather_sparse")
                    .addInput(gemm.getInput(1)).addInput(COLUMNS).addOutput(GATHERED)
                    .addAttribute(OnnxMl.AttributeProto.newBuilder().setName("axis").setI(0)
                            .setType(OnnxMl.AttributeProto.AttributeType.INT)));
            sparse.addNode(OnnxMl.NodeProto.newBuilder().setOpType("Gemm").setName("Gemm_sparse")
                    .addInput(VALUES).addInput(GATHERED).addInput(gemm.getInput(2)).addOutput(gemm.getOutput(0)));
        }
        return model.toBuilder().setGraph(sparse)
                .addMetadataProps(OnnxMl.StringStringEntryProto.newBuilder().setKey(FORM_KEY).setValue(FORM))
                .build().toByteArray();
    }

    /**
     * The Gemm that multiplies the graph's only input by a [features, labels] initializer and adds a
     * [labels] initializer with default attributes (alpha = beta = 1, no transposes); null when absent.
     */
    private static OnnxMl.NodeProto linearGemm(OnnxMl.GraphProto graph) {
        if (graph.getInputCount() != 1) {
            return null;
        }
        String input = graph.getInput(0).getName();
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            if (!node.getOpType().equals("Gemm") || node.getInputCount() != 3 || !node.getInput(0).equals(input)
                    || !defaultAttributes(node)) {
                continue;
            }
            OnnxMl.TensorProto w = initializer(graph, node.getInput(1));
            OnnxMl.TensorProto b = initializer(graph, node.getInput(2));
            if (w != null && b != null && w.getDimsCount() == 2 && b.getDimsCount() == 1
                    && w.getDims(1) == b.getDims(0) && w.getDataType() == OnnxMl.TensorProto.DataType.FLOAT.getNumber()
                    && b.getDataType() == OnnxMl.TensorProto.DataType.FLOAT.getNumber()
                    && usedOnce(graph, input)) {
                return node;
            }
        }
        return null;
    }

    private static boolean defaultAttributes(OnnxMl.NodeProto gemm) {
        for (OnnxMl.AttributeProto a : gemm.getAttributeList()) {
            boolean neutral = switch (a.getName()) {
                case "alpha", "beta" -> a.getF() == 1f;
                case "transA", "transB" -> a.getI() == 0;
                default -> false;
            };
            if (!neutral) {
                return false;
            }
        }
        return true;
    }

    private static boolean usedOnce(OnnxMl.GraphProto graph, String input) {
        return graph.getNodeList().stream().filter(n -> n.getInputList().contains(input)).count() == 1;
    }

    private static OnnxMl.TensorProto initializer(OnnxMl.GraphProto graph, String name) {
        return graph.getInitializerList().stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null);
    }

    private static OnnxMl.ValueInfoProto tensorInput(String name, OnnxMl.TensorProto.DataType type,
            List<OnnxMl.TensorShapeProto.Dimension> dims) {
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder().setElemType(type.getNumber())
                        .setShape(OnnxMl.TensorShapeProto.newBuilder().addAllDim(dims)))).build();
    }

    private static OnnxMl.TensorShapeProto.Dimension dim(String param) {
        return OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam(param).build();
    }

    private static OnnxMl.TensorShapeProto.Dimension dim(long value) {
        return OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(value).build();
    }
}
