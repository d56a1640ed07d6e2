package io.clearline.eval.extraction;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.MessageExtraction;
import io.clearline.extraction.mail.MailParts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PDF attachments that corpus/email's expected files list (by SHA-256 or SHA-1 of the decoded
 * file) and whether each came out of its message as a document of its own.
 */
final class CorpusEmails {

    record Expected(String message, String name, String hash, boolean found, String outcome) {
    }

    final List<Expected> expected = new ArrayList<>();

    CorpusEmails run(Path corpus, DocumentExtractor extractor) throws IOException {
        Path dir = corpus.resolve("email");
        if (!Files.isDirectory(dir)) {
            return this;
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
        for (Path file : files) {
            Path input = file.resolveSibling(file.getFileName().toString().replace(".expected.json", ""));
            if (!Files.exists(input)) {
                continue;
            }
            List<String[]> wanted = ExpectedPdfs.of(json.readTree(Files.readString(file)));
            if (wanted.isEmpty()) {
                continue;
            }
            byte[] message = Files.readAllBytes(input);
            MessageExtraction extraction = extractor.extractWithParts(message);
            Set<String> hashes = new HashSet<>();
            try {
                for (var attachment : MailParts.split(message).attachments()) {
                    hashes.add(ExpectedPdfs.hash("SHA-256", attachment.content()));
                    hashes.add(ExpectedPdfs.hash("SHA-1", attachment.content()));
                }
            } catch (IOException e) {
                // counted as not found; the reason is in the part outcome
            }
            for (String[] w : wanted) {
                boolean found = hashes.contains(w[1].toLowerCase(Locale.ROOT));
                String outcome = extraction.parts().stream().filter(p -> p.name().equals(w[0])
                                || p.sha256().equalsIgnoreCase(w[1])).findFirst()
                        .map(p -> p.result().status() + (p.result().extracted() ? " " + p.result().documentType()
                                : " (" + p.result().reason() + ")")).orElse("no part of that name");
                expected.add(new Expected(dir.relativize(input).toString(), w[0], w[1], found, outcome));
            }
        }
        return this;
    }

    Double share() {
        return expected.isEmpty() ? null : (double) expected.stream().filter(Expected::found).count() / expected.size();
    }
}
