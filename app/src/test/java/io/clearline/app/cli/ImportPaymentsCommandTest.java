package io.clearline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.payments.Corpus;
import io.clearline.governance.testing.FreshDatabase;
import io.clearline.governance.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline command against a database of its own, through the service's real configuration. */
class ImportPaymentsCommandTest {

    private static TestDatabase.Connection db;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void database() {
        db = FreshDatabase.create("import_payments");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--clearline.database.embedded=false"));
        all.addAll(List.of(args));
        return ImportPaymentsCommand.run(all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(dir.toString())).toList();
    }

    @Test
    void importsPrintsOneLinePerFileAndExitsByOutcome() throws IOException, SQLException {
        Path good = Files.write(dir.resolve("citi.bai2"), Corpus.bytes("bai2-ministryofjustice/citi_example.bai2"));
        Path wrong = Files.write(dir.resolve("wrong.bai2"), Corpus.bai2WithWrongFileTotal());
        Path camt = Files.write(dir.resolve("notice.xml"), Corpus.bytes("camt-genkgo/camt054.v2.xml"));

        assertThat(run(good.toString(), wrong.toString())).as(err.toString()).isEqualTo(1);
        List<String> first = lines();
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).matches(java.util.regex.Pattern.quote(good + ": BAI2 ACCEPTED ") + "[1-9]\\d* payments \\(new\\)");
        assertThat(first.get(1)).startsWith(wrong + ": BAI2 REJECTED: totals do not agree").contains("20002", "20001");
        long stored = count("extraction.payment");
        assertThat(stored).isPositive();

        assertThat(run(good.toString(), camt.toString())).as(err.toString()).isZero();
        List<String> second = lines();
        assertThat(second.get(0)).isEqualTo(first.get(0).replace("(new)", "(already imported)"));
        assertThat(second.get(1)).startsWith(camt + ": CAMT_054 ACCEPTED ").endsWith("(new)");
        assertThat(count("extraction.payment_file")).isEqualTo(3);
        assertThat(count("governance.audit_event where action like 'payment-file:%'")).isEqualTo(3);
    }

    @Test
    void usageErrorsExitWith2BeforeTouchingTheDatabase() {
        assertThat(ImportPaymentsCommand.run(new String[0], new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString()).contains("usage: ./clearline import-payments");
        assertThat(ImportPaymentsCommand.run(new String[] {dir.resolve("missing.bai2").toString()},
                new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(ImportPaymentsCommand.run(new String[] {"-x"}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
    }

    /** Rows of a table, optionally with a where clause (fixed SQL from this test only). */
    private static long count(String table) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
