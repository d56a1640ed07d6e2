package io.clearline.extraction.corrections;

import static io.clearline.extraction.TestPdfs.Text.at;

import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.TestPdfs.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Two purchase orders of one sender that call the PO number "Procurement Ticket", a label no extractor
 * vocabulary has; the second is laid out differently (other positions, a colon, more lines).
 */
final class SenderDocuments {

    static final String SENDER = "Contoso Retail GmbH";

    private SenderDocuments() {
    }

    static byte[] first(String ticket) throws IOException {
        return TestPdfs.pdf(List.of(List.of(
                new Text(50, 50, "PURCHASE ORDER", 18),
                at(50, 90, "Buyer:"), at(160, 90, SENDER),
                at(50, 104, "Procurement Ticket"), at(160, 104, ticket),
                at(50, 118, "Order Date:"), at(160, 118, "2024-05-02"),
                at(50, 160, "Item"), at(120, 160, "Description"), at(300, 160, "Qty"), at(360, 160, "Unit Price"),
                at(450, 160, "Amount"),
                at(50, 176, "CR-100"), at(120, 176, "Copy paper A4"), at(300, 176, "20"), at(360, 176, "4.00"),
                at(450, 176, "80.00"),
                at(360, 210, "Total"), at(450, 210, "80.00 EUR"))));
    }

    static byte[] second(String ticket) throws IOException {
        List<Text> page = new ArrayList<>(List.of(
                new Text(300, 40, "PURCHASE ORDER", 16),
                at(60, 120, "Order Date:"), at(200, 120, "2024-06-11"),
                at(60, 134, "Buyer:"), at(200, 134, SENDER),
                at(330, 90, "Procurement Ticket:"), at(460, 90, ticket),
                at(60, 190, "Item"), at(130, 190, "Description"), at(310, 190, "Qty"), at(370, 190, "Unit Price"),
                at(460, 190, "Amount")));
        String[][] rows = {{"CR-200", "Toner black", "2", "35.00", "70.00"}, {"CR-310", "Stapler", "5", "6.00", "30.00"}};
        for (int i = 0; i < rows.length; i++) {
            float y = 206 + 14 * i;
            page.addAll(List.of(at(60, y, rows[i][0]), at(130, y, rows[i][1]), at(310, y, rows[i][2]),
                    at(370, y, rows[i][3]), at(460, y, rows[i][4])));
        }
        page.addAll(List.of(at(370, 250, "Total"), at(460, 250, "100.00 EUR")));
        return TestPdfs.pdf(List.of(page));
    }
}
