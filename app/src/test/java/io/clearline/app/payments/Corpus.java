package io.clearline.app.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Third-party payment files from the shared corpus (repo root {@code ../shared/corpus}, else /work/shared/corpus). */
public final class Corpus {

    private Corpus() {
    }

    public static Path remittance() {
        Path fromModule = Path.of("../../shared/corpus/remittance-formats").toAbsolutePath().normalize();
        Path root = Files.isDirectory(fromModule) ? fromModule : Path.of("/work/shared/corpus/remittance-formats");
        Assumptions.assumeTrue(Files.isDirectory(root), "corpus not present");
        return root;
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(remittance().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus' Citi BAI2 with its file trailer (99) stating one cent more than its groups add up to. */
    public static byte[] bai2WithWrongFileTotal() {
        String text = new String(bytes("bai2-ministryofjustice/citi_example.bai2"), StandardCharsets.US_ASCII);
        String changed = text.replace("\n99,20001,", "\n99,20002,");
        if (changed.equals(text)) {
            throw new IllegalStateException("the corpus file changed: no 99 trailer with 20001");
        }
        return changed.getBytes(StandardCharsets.US_ASCII);
    }
}
