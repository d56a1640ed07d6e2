package io.clearline.eval.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classifies every file under {@code remittance-formats/} by what its folder's MANIFEST entry and
 * expectation files say: which must agree with a golden, which must fail, which are only read.
 */
final class CorpusFiles {

    /** X12 files the corpus marks as must-fail (ediengine *.ERR / mismatch / non-EDI; staedi invalid997). */
    private static final Set<String> X12_MUST_FAIL = Set.of("850.SyntaxNotes.ERR.edi", "940_Failed_SE01.edi",
            "ControlNumbersMismatch.edi", "WrongGroupsAndTranCount.edi", "NonEdi.edi", "invalid997.edi");

    private CorpusFiles() {
    }

    static List<CorpusFile> list(Path remittance) {
        List<CorpusFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(remittance)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                classify(remittance, p).ifPresent(files::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Optional<CorpusFile> classify(Path root, Path p) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        String name = p.getFileName().toString();
        String folder = rel.substring(0, rel.indexOf('/'));
        if (name.endsWith(".json") || name.endsWith(".yml") || name.endsWith(".xml") && !folder.startsWith("camt")
                || name.equals("LICENSE") || name.endsWith(".expected") || name.endsWith(".md")) {
            return Optional.empty();
        }
        Path sibling = p.resolveSibling(name + ".expected.json");
        return Optional.of(switch (folder) {
            case "bai2-ministryofjustice" -> new CorpusFile(p, "BAI2", CorpusFile.Role.AGREE, Optional.of(sibling),
                    "trailer values and detail sums transcribed from the file");
            case "bai2-moov" -> moov(p, rel);
            case "camt-genkgo" -> {
                Path json = p.resolveSibling(name.replaceAll("\\.xml$", ".json"));
                yield Files.exists(json) ? new CorpusFile(p, "camt", CorpusFile.Role.AGREE, Optional.of(json), "genkgo snapshot")
                        : new CorpusFile(p, "camt", CorpusFile.Role.MUST_FAIL, Optional.empty(), "no snapshot: must be rejected");
            }
            case "mt940-wolph" -> {
                Path golden = p.resolveSibling(name.replaceAll("\\.[^.]+$", "") + ".expected.json");
                yield Files.exists(golden) ? new CorpusFile(p, "MT940", CorpusFile.Role.AGREE, Optional.of(golden), "wolph golden")
                        : new CorpusFile(p, "MT940", CorpusFile.Role.AGREE, Optional.empty(), "no golden: statement totals must check");
            }
            case "x12-edinet", "x12-ediengine", "x12-staedi" -> x12(p, name, sibling);
            case "nacha-moov-ach" -> new CorpusFile(p, "NACHA", CorpusFile.Role.OTHER, Optional.empty(),
                    "NACHA is not in the issue's formats");
            default -> new CorpusFile(p, folder, CorpusFile.Role.OTHER, Optional.empty(), "");
        });
    }

    private static CorpusFile moov(Path p, String rel) {
        JsonNode expected = JsonMapper.shared().readTree(p.getParent().resolve(rel.contains("/errors/") ? "../EXPECTED.json"
                : "EXPECTED.json").normalize().toFile());
        String key = rel.substring(rel.indexOf('/') + 1);
        for (JsonNode n : expected.path("must_fail_to_parse").values()) {
            if (n.asString().equals(key)) {
                return new CorpusFile(p, "BAI2", CorpusFile.Role.MUST_FAIL, Optional.empty(), "EXPECTED.json must_fail_to_parse");
            }
        }
        return new CorpusFile(p, "BAI2", CorpusFile.Role.AGREE, Optional.empty(),
                "EXPECTED.json must_parse_and_validate: control totals must check");
    }

    private static CorpusFile x12(Path p, String name, Path sibling) {
        if (X12_MUST_FAIL.contains(name)) {
            return new CorpusFile(p, "X12", CorpusFile.Role.MUST_FAIL, Optional.empty(), "marked as error/mismatch/invalid");
        }
        if (name.contains(".820.")) {
            return new CorpusFile(p, "X12 820", CorpusFile.Role.AGREE, Optional.of(sibling), "collector's transcription");
        }
        String family = name.startsWith("edifact") || p.toString().contains("EDIFACT") || p.toString().contains("TRADACOMS")
                ? "EDIFACT/TRADACOMS" : "X12 (not 820)";
        return new CorpusFile(p, family, CorpusFile.Role.OTHER, Optional.empty(), "not a payment file in the issue's formats");
    }
}
