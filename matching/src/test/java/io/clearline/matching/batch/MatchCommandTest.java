package io.clearline.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void matchesTheFilesAndReportsBadRowsWithFileAndLine() throws Exception {
        write("customers.csv", """
                customer_id,name,bank_accounts
                C1,"Harbor Valley Foods, Inc.",111-222|111-333
                C2,Pine Grove Hardware LLC,
                C3,Empty Shelf Ltd,555
                """);
        write("open_items.csv", """
                customer_id,document_number,document_type,po_number,issue_date,due_date,terms,currency,original_amount,open_amount
                C1,10452,INVOICE,PO-77,2026-06-01,2026-07-01,2/10 NET 30,USD,1000.00,1000.00
                C1,10460,INVOICE,,2026-06-02,,NET 30,USD,250.00,250.00
                C1,CM-9,CREDIT_MEMO,,2026-06-03,,NET 30,USD,40.00,40.00
                C2,10453,INVOICE,,not-a-date,,NET 30,USD,410.00,410.00
                C2,10454,RECEIPT,,2026-06-01,,NET 30,USD,410.00,410.00
                C2,10455,INVOICE,,2026-06-01,,NET 30,USD,99.99,99.99
                """);
        write("payments.csv", """
                payment_id,value_date,amount,currency,payer_name,payer_account,reference_text
                P1,2026-06-08,980.00,USD,HARBOR VALLEY FOODS,111-222,INV 1O452
                P2,2026-06-20,210.00,USD,HARBOR VALLEY FOODS,111-333,see remittance
                P3,2026-06-20,-5.00,USD,PINE GROVE HARDWARE,,refund
                P1,2026-06-08,980.00,USD,HARBOR VALLEY FOODS,111-222,INV 1O452
                P4,2026-06-20,12.00,EUR,PINE GROVE HARDWARE,,INV 10455
                P5,2026-13-01,1.00,USD,X,,
                P6,2026-06-21,10.00,USD,EMPTY SHELF,555,
                """);
        write("remittance_lines.csv", """
                payment_id,invoice_reference,invoice_date,gross_amount,discount_amount,deduction_amount,deduction_reason,paid_amount
                P2,10460,,250.00,,,,250.00
                P2,CM-9,,,,,,-40.00
                P9,10455,,,,,,99.99
                """);
        int code = MatchCommand.run(new String[] {"--customers", path("customers.csv"), "--open-items", path("open_items.csv"),
            "--payments", path("payments.csv"), "--remittances", path("remittance_lines.csv"), "--out", path("proposals.csv")},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        String problems = err.toString(StandardCharsets.UTF_8);
        assertThat(problems).contains("open_items.csv:5:").contains("open_items.csv:6:").contains("payments.csv:7:")
                .contains("P1 appears more than once").contains("remittance_lines.csv:4:");
        List<CSVRecord> rows = proposals();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(ProposalWriter.HEADER);
        CSVRecord p1 = row(rows, "P1", "10452");
        assertThat(p1.get("applied_amount")).isEqualTo("980.00");
        assertThat(p1.get("discount_amount")).isEqualTo("20.00");
        assertThat(p1.get("explanation")).contains("invoice 10452 referenced as 1O452").contains("paid within terms");
        assertThat(row(rows, "P2", "10460").get("applied_amount")).isEqualTo("250.00");
        assertThat(row(rows, "P2", "CM-9").get("applied_amount")).isEqualTo("-40.00");
        CSVRecord p3 = row(rows, "P3", "");
        assertThat(p3.get("decision")).isEqualTo("UNAPPLIED");
        assertThat(p3.get("explanation")).contains("not positive");
        assertThat(row(rows, "P4", "").get("explanation")).contains("unlike the customer's invoices");
        assertThat(row(rows, "P6", "").get("explanation")).contains("no open items");
        assertThat(rows).filteredOn(r -> r.get("payment_id").equals("P1")).hasSize(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 payments");
    }

    @Test
    void missingArgumentsAreAUsageError() {
        int code = MatchCommand.run(new String[] {"--customers", "c.csv"}, new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--open-items is required");
    }

    private List<CSVRecord> proposals() throws Exception {
        String text = Files.readString(dir.resolve("proposals.csv"));
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String payment, String document) {
        return rows.stream().filter(r -> r.get("payment_id").equals(payment) && r.get("document_number").equals(document))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + payment + "/" + document + " in " + rows));
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content);
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }
}
