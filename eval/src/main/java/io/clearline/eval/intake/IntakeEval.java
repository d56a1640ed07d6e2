package io.clearline.eval.intake;

import io.clearline.extraction.bank.BankFileResult;
import io.clearline.extraction.bank.BankFileSettings;
import io.clearline.extraction.bank.PaymentFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./clearline eval intake}: reads every payment file of the corpus with the production
 * reader and default settings, and writes {@code eval/reports/intake.md} and {@code intake.json}.
 */
public final class IntakeEval {

    private IntakeEval() {
    }

    /**
     * @param result  with default settings (totals mismatches reject)
     * @param lenient with mismatches accepted as warnings: the parse itself, compared with parse-only goldens
     */
    record Outcome(CorpusFile file, String relative, BankFileResult result, BankFileResult lenient,
                   Optional<String> disagreement, long micros) {

        boolean rejectedForTotals() {
            return result instanceof BankFileResult.Rejected r && r.reason().startsWith("totals do not agree");
        }


        boolean rejected() {
            return result instanceof BankFileResult.Rejected r && !r.reason().isBlank();
        }
    }

    public static int run(Path repoRoot, List<String> args) {
        Path corpus = repoRoot.resolve("../shared/corpus").normalize();
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("/work/shared/corpus");
        }
        Path remittance = corpus.resolve("remittance-formats");
        List<Outcome> outcomes = new ArrayList<>();
        for (CorpusFile f : CorpusFiles.list(remittance)) {
            outcomes.add(read(f, remittance.relativize(f.path()).toString()));
        }
        List<Outcome> malformed = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus.resolve("malformed"))) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".out")
                    && !p.toString().endsWith(".json")).sorted().toList()) {
                malformed.add(read(new CorpusFile(p, "malformed", CorpusFile.Role.OTHER, Optional.empty(), ""),
                        corpus.relativize(p).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IntakeReport.write(repoRoot.resolve("eval/reports"), outcomes, malformed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!args.contains("--no-mailbox")) {
            MailboxReport.run(repoRoot.resolve("eval/reports"), corpus);
        }
        return 0;
    }

    private static Outcome read(CorpusFile f, String relative) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        BankFileResult result = PaymentFiles.read(bytes, f.path().getFileName().toString());
        long micros = (System.nanoTime() - start) / 1000;
        BankFileResult lenient = PaymentFiles.read(bytes, f.path().getFileName().toString(),
                BankFileSettings.defaults().acceptingMismatches());
        Optional<String> disagreement = f.role() == CorpusFile.Role.AGREE ? Agreement.check(f, result, lenient)
                : Optional.empty();
        return new Outcome(f, relative, result, lenient, disagreement, micros);
    }
}
