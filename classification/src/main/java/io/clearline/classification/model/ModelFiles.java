package io.clearline.classification.model;

import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.features.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a model version's files: {@code models/<name>/<version>/} with model.onnx,
 * featurizer.json, feature-map.txt, labels.txt, calibration.json, thresholds.json, metrics.json and,
 * when the version has one, lexicon.tsv ({@link Lexicon});
 * {@code models/<name>/CURRENT} names the promoted version.
 */
public final class ModelFiles {

    public static final String CURRENT = "current";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final TypeReference<Map<String, Double>> DOUBLES = new TypeReference<>() { };

    private ModelFiles() {
    }

    /** From the classpath (the {@code models} module's jar). */
    public static ModelArtifacts fromClasspath(String name, String version) {
        return load(name, version, file -> {
            try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream("models/" + file)) {
                if (in == null) {
                    throw new ModelNotFoundException("no model file models/" + file + " on the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** From a folder laid out like {@code models/src/main/resources/models}. */
    public static ModelArtifacts fromDirectory(Path root, String name, String version) {
        return load(name, version, file -> {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new ModelNotFoundException("no model file " + path);
            }
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    interface Reader {
        byte[] read(String file);

        /** The file's bytes, or null when the version has no such file (an optional one). */
        default byte[] readIfPresent(String file) {
            try {
                return read(file);
            } catch (ModelNotFoundException e) {
                return null;
            }
        }
    }

    private static ModelArtifacts load(String name, String version, Reader reader) {
        String resolved = CURRENT.equals(version)
                ? new String(reader.read(name + "/CURRENT"), StandardCharsets.UTF_8).strip() : version;
        String dir = name + "/" + resolved + "/";
        byte[] lexicon = reader.readIfPresent(dir + Lexicon.FILE);
        return new ModelArtifacts(name, resolved,
                JSON.readValue(reader.read(dir + "featurizer.json"), FeaturizerSpec.class),
                lines(reader.read(dir + "feature-map.txt")),
                lines(reader.read(dir + "labels.txt")),
                JSON.readValue(reader.read(dir + "calibration.json"), Calibration.class),
                JSON.readValue(reader.read(dir + "thresholds.json"), DOUBLES),
                JSON.readValue(reader.read(dir + "metrics.json"), DOUBLES),
                reader.read(dir + "model.onnx"),
                lexicon == null ? Lexicon.NONE : Lexicon.parse(lexicon));
    }

    /** The promoted version of {@code name} under {@code root}, or null when none was promoted. */
    /** The file naming a model's pinned baseline version, which no retrained candidate may fall behind. */
    public static final String BASELINE = "BASELINE";

    public static String currentVersion(Path root, String name) {
        return pointer(root, name, "CURRENT");
    }

    /** The pinned baseline version of {@code name} ({@code <root>/<name>/BASELINE}), or null. */
    public static String baselineVersion(Path root, String name) {
        return pointer(root, name, BASELINE);
    }

    /** The version a pointer file beside a model's versions names, or null when there is no such file. */
    private static String pointer(Path root, String name, String file) {
        Path pointer = root.resolve(name).resolve(file);
        try {
            return Files.isRegularFile(pointer) ? Files.readString(pointer).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void promote(Path root, String name, String version) {
        write(root.resolve(name).resolve("CURRENT"), (version + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the version folder; returns it. Does not promote. */
    public static Path write(Path root, ModelArtifacts model, String modelCard) {
        Path dir = root.resolve(model.name()).resolve(model.version());
        write(dir.resolve("model.onnx"), model.onnx());
        write(dir.resolve("featurizer.json"), JSON.writeValueAsBytes(model.featurizer()));
        write(dir.resolve("feature-map.txt"), (String.join("\n", model.features()) + "\n").getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("labels.txt"), (String.join("\n", model.labels()) + "\n").getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("calibration.json"), JSON.writeValueAsBytes(model.calibration()));
        write(dir.resolve("thresholds.json"), JSON.writeValueAsBytes(new LinkedHashMap<>(model.thresholds())));
        write(dir.resolve("metrics.json"), JSON.writeValueAsBytes(new LinkedHashMap<>(model.metrics())));
        write(dir.resolve("model-card.md"), modelCard.getBytes(StandardCharsets.UTF_8));
        if (!model.lexicon().isEmpty()) {
            write(dir.resolve(Lexicon.FILE), model.lexicon().toTsv());
        }
        return dir;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<String> lines(byte[] bytes) {
        // Feature names never contain a line break: the featurizer splits on non-alphanumerics first.
        return Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\n")).filter(s -> !s.isEmpty())
                .toList();
    }
}
