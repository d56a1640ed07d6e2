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

/** A text with its label and context, as training and evaluation read it. */
public record LabelledExample(String text, String label, Map<String, String> context) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public LabelledExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** Reads JSON lines with {@code text}, {@code label} and an optional {@code context} object. */
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
        return new LabelledExample(node.get("text").asString(), node.get("label").asString(), context);
    }
}
