package io.clearline.eval.extraction;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs every malformed corpus file and the generated bad inputs; counts crashes and hangs. */
final class BadInputRun {

    record Outcome(String file, String status, String reason, boolean crashed, long millis) {
    }

    final List<Outcome> outcomes = new ArrayList<>();

    BadInputRun run(Path corpus, Map<String, byte[]> generated, DocumentExtractor extractor, Duration limit)
            throws IOException {
        Path dir = corpus.resolve("malformed");
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                one(dir.relativize(file).toString(), Files.readAllBytes(file), extractor, limit);
            }
        }
        generated.forEach((name, bytes) -> one("generated/" + name, bytes, extractor, limit));
        return this;
    }

    private void one(String name, byte[] bytes, DocumentExtractor extractor, Duration limit) {
        long start = System.nanoTime();
        try {
            ExtractionResult r = extractor.extract(bytes);
            long millis = (System.nanoTime() - start) / 1_000_000;
            boolean hung = millis > limit.toMillis() + 10_000;
            outcomes.add(new Outcome(name, r.status().name(), r.reason(), hung, millis));
        } catch (RuntimeException | Error e) {
            outcomes.add(new Outcome(name, "CRASH", e.toString(), true, (System.nanoTime() - start) / 1_000_000));
        }
    }

    long crashes() {
        return outcomes.stream().filter(Outcome::crashed).count();
    }
}
