package io.clearline.extraction.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus of third-party payment files, and small helpers for reading them in tests. */
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

    static String text(String relative) {
        return new String(bytes(relative), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static BankFileResult.Accepted accepted(BankFileResult result) {
        assertThat(result).as(() -> result instanceof BankFileResult.Rejected r ? r.reason() : "")
                .isInstanceOf(BankFileResult.Accepted.class);
        return (BankFileResult.Accepted) result;
    }

    static BankFileResult.Rejected rejected(BankFileResult result) {
        assertThat(result).isInstanceOf(BankFileResult.Rejected.class);
        BankFileResult.Rejected r = (BankFileResult.Rejected) result;
        assertThat(r.reason()).isNotBlank();
        return r;
    }

    static BankFileResult read(String content) {
        return PaymentFiles.read(content, "test", BankFileSettings.defaults());
    }
}
