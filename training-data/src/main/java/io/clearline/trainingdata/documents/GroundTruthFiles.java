package io.clearline.trainingdata.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes generated documents next to their ground truth: {@code <id>.pdf} and {@code <id>.json}. */
public final class GroundTruthFiles {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GroundTruthFiles() {
    }

    public static void write(List<GeneratedDocument> documents, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (GeneratedDocument document : documents) {
            Files.write(directory.resolve(document.fileName()), document.pdf());
            Files.writeString(directory.resolve(document.truth().id() + ".json"), toJson(document.truth()));
        }
    }

    /** The truth in the shape of the extraction contract, values only. */
    public static String toJson(GroundTruth truth) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document_type", truth.documentType().name());
        json.put("layout", truth.layoutId());
        json.put("holdout", truth.holdout());
        json.put("fields", truth.fields());
        json.put("lines", truth.lines());
        return JSON.writeValueAsString(json);
    }
}
