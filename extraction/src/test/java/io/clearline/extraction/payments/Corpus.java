package io.clearline.extraction.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus of third-party payment files. */
final class Corpus {

    private Corpus() {
    }

    static Path remittance() {
        Path fromModule = Path.of("../../shared/corpus/remittance-formats").toAbsolutePath().normalize();
        Path root = Files.isDirectory(fromModule) ? fromModule : Path.of("/work/shared/corpus/remittance-formats");
        Assumptions.assumeTrue(Files.isDirectory(root), "corpus not present");
        return root;
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(remittance().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
