package io.clearline.extraction.cli;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.MessageExtraction;
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
            MessageExtraction extraction = extract(extractor, input);
            String name = input.getFileName().toString();
            List<String> partFiles = new ArrayList<>();
            for (int i = 0; i < extraction.parts().size(); i++) {
                MessageExtraction.Part part = extraction.parts().get(i);
                String file = name + ".part-" + (i + 1) + "-" + part.name().replaceAll("[^\\w.\\-]+", "_") + ".json";
                failedWrites += write(outDir.resolve(file), ExtractionJson.write(part.result()), err);
                report(out, name + " › " + part.name(), part.result());
                partFiles.add(file);
            }
            String json = partFiles.isEmpty() ? ExtractionJson.write(extraction.document())
                    : ExtractionJson.write(extraction.document(), partFiles);
            failedWrites += write(outDir.resolve(name + ".json"), json, err);
            report(out, name, extraction.document());
        }
        return failedWrites == 0 ? 0 : 1;
    }

    private static MessageExtraction extract(DocumentExtractor extractor, Path input) {
        try {
            if (!Files.isRegularFile(input)) {
                return new MessageExtraction(ExtractionResult.failed("no such file: " + input), List.of());
            }
            return extractor.extractWithParts(Files.readAllBytes(input));
        } catch (IOException e) {
            return new MessageExtraction(ExtractionResult.failed("cannot read file: " + e.getMessage()), List.of());
        }
    }

    private static int write(Path target, String json, PrintStream err) {
        try {
            Files.writeString(target, json);
            return 0;
        } catch (IOException e) {
            err.println("cannot write " + target + ": " + e.getMessage());
            return 1;
        }
    }

    private static void report(PrintStream out, String name, ExtractionResult result) {
        out.println(name + ": " + result.status() + (result.extracted() ? " " + result.documentType() + ", "
                + result.fields().size() + " fields, " + result.lines().size() + " lines" : " (" + result.reason() + ")"));
    }
}
