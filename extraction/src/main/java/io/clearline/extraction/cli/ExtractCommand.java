package io.clearline.extraction.cli;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.json.ExtractionJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./clearline extract FILE... --out DIR}: one {@code <file name>.json} per input in the
 * API's shape. A file that cannot be read gets a FAILED result with its reason; the rest go on.
 * Exit code 0 when every file was written, 2 for bad usage.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Path outDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                outDir = Path.of(args[++i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty() || outDir == null) {
            err.println("usage: ./clearline extract FILE... --out DIR");
            return 2;
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("cannot create " + outDir + ": " + e.getMessage());
            return 1;
        }
        QuietParsers.apply();
        DocumentExtractor extractor = new DocumentExtractor();
        int failedWrites = 0;
        for (Path input : inputs) {
            ExtractionResult result = extract(extractor, input);
            Path target = outDir.resolve(input.getFileName() + ".json");
            try {
                Files.writeString(target, ExtractionJson.write(result));
                out.println(input.getFileName() + ": " + result.status()
                        + (result.extracted() ? " " + result.documentType() + ", " + result.fields().size()
                        + " fields, " + result.lines().size() + " lines" : " (" + result.reason() + ")"));
            } catch (IOException e) {
                err.println("cannot write " + target + ": " + e.getMessage());
                failedWrites++;
            }
        }
        return failedWrites == 0 ? 0 : 1;
    }

    private static ExtractionResult extract(DocumentExtractor extractor, Path input) {
        try {
            if (!Files.isRegularFile(input)) {
                return ExtractionResult.failed("no such file: " + input);
            }
            return extractor.extract(Files.readAllBytes(input));
        } catch (IOException e) {
            return ExtractionResult.failed("cannot read file: " + e.getMessage());
        }
    }
}
