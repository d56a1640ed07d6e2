package io.clearline.classification.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text with its label and context, as training and evaluation read it.
 *
 * @param family the templates the text was generated from ({@code reason-3/frame-1/...}, training-data's
 *               {@code LabelledText.family}); null when unknown (real texts, corrections). Only
 *               {@link TemplateFolds} reads it; the model never sees it.
 */
public record LabelledExample(String text, String label, Map<String, String> context, String family) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public LabelledExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    public LabelledExample(String text, String label, Map<String, String> context) {
        this(text, label, context, null);
    }

    /**
     * Reads JSON lines with {@code text}, {@code label}, an optional {@code context} object and an optional
     * {@code family}.
     */
    public static List<LabelledExample> readJsonLines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(LabelledExample::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static LabelledExample parse(String line) {
        JsonNode node = JSON.readTree(line);
        Map<String, String> context = new java.util.LinkedHashMap<>();
        JsonNode c = node.get("context");
        if (c != null && c.isObject()) {
            for (var e : c.properties()) {
                context.put(e.getKey(), e.getValue().asString());
            }
        }
        JsonNode family = node.get("family");
        return new LabelledExample(node.get("text").asString(), node.get("label").asString(), context,
                family == null || family.isNull() ? null : family.asString());
    }
}
