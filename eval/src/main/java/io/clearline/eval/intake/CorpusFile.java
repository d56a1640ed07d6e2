package io.clearline.eval.intake;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One input file of the corpus and what the corpus says about it.
 *
 * @param role     AGREE: counts for {@code corpus_bank_files_agree}; MUST_FAIL: counts for
 *                 {@code corpus_bad_bank_files_rejected}; OTHER: read and listed, not scored
 * @param expected the expectation file, when there is one
 */
record CorpusFile(Path path, String family, Role role, Optional<Path> expected, String note) {

    enum Role { AGREE, MUST_FAIL, OTHER }
}
