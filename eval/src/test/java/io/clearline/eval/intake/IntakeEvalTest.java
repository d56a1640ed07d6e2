package io.clearline.eval.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IntakeEvalTest {

    @Test
    void writesBothReportsWithTheIssueKeys(@TempDir Path repo) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/work/shared/corpus/remittance-formats"))
                || Files.isDirectory(repo.resolve("../shared/corpus")), "corpus not present");

        // the bank-file part only: the mailbox part (1,000 messages, three kills) is measured by the eval command
        assertThat(IntakeEval.run(repo, List.of("--no-mailbox"))).isZero();

        JsonNode json = JsonMapper.shared().readTree(repo.resolve("eval/reports/intake.json").toFile());
        assertThat(json.propertyNames()).containsExactly("corpus_bank_files_agree", "corpus_bad_bank_files_rejected",
                "mailbox_messages_lost", "mailbox_messages_duplicated", "mailbox_messages_per_second",
                "corpus_emails_attachments_found");
        assertThat(json.path("corpus_bank_files_agree").asDouble()).isBetween(0.9, 1.0);
        assertThat(json.path("corpus_bad_bank_files_rejected").asDouble()).isEqualTo(1.0);
        assertThat(json.path("mailbox_messages_lost").isNull()).isTrue();
        String md = Files.readString(repo.resolve("eval/reports/intake.md"));
        assertThat(md).contains("x12.820.issue140.edi", "camt053.v2.wrong.xml", "not measured yet");
    }
}
