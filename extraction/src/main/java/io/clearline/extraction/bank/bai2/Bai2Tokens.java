package io.clearline.extraction.bank.bai2;

import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits BAI2 text into logical records. A record ends at its '/' delimiter or at the end of the
 * physical line (some banks omit the '/' on 16/88 text records); several '/'-terminated records may
 * share one line when followed by blanks and a record code. A '/' inside text stays text.
 */
final class Bai2Tokens {

    private static final Pattern NEXT_RECORD = Pattern.compile("(?<=/)\\s+(?=(?:01|02|03|16|49|88|98|99),)");
    private static final Pattern CODE = Pattern.compile("\\d\\d");

    private Bai2Tokens() {
    }

    static List<Bai2Record> read(String text, int maxRecords) {
        List<Bai2Record> records = new ArrayList<>();
        Bai2Record current = null;
        int number = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String physical = lines[l].strip();
            if (physical.isEmpty()) {
                continue;
            }
            for (String raw : NEXT_RECORD.split(physical)) {
                number++;
                if (number > maxRecords) {
                    throw new BankFileException(BankFileFormat.BAI2, "more than " + maxRecords + " records");
                }
                String body = raw.strip();
                if (body.endsWith("/")) {
                    body = body.substring(0, body.length() - 1);
                }
                String code = body.length() >= 2 ? body.substring(0, 2) : body;
                boolean wellFormed = CODE.matcher(code).matches() && (body.length() == 2 || body.charAt(2) == ',');
                if (!wellFormed && current != null && current.code().equals("16")) {
                    // Some banks wrap a 16's free text onto a bare line (or write "88:" for "88,"): keep it as text.
                    number--;
                    current.continuations().add(body.startsWith("88:") ? body.substring(3) : body);
                    current.wrappedLines().add(l + 1);
                    continue;
                }
                if (!wellFormed) {
                    throw new BankFileException(BankFileFormat.BAI2, "record " + number + " (line " + (l + 1)
                            + "): does not start with a two-digit record type and a comma: '" + abbreviate(body) + "'");
                }
                String rest = body.length() > 3 ? body.substring(3) : "";
                if (code.equals("88")) {
                    if (current == null) {
                        throw new BankFileException(BankFileFormat.BAI2, "record " + number + " (line " + (l + 1)
                                + "): 88 continuation with no record to continue");
                    }
                    current.continuations().add(rest);
                    continue;
                }
                List<String> fields = new ArrayList<>();
                fields.add(code);
                fields.addAll(List.of(rest.split(",", -1)));
                current = new Bai2Record(code, number, l + 1, fields, new ArrayList<>(), new ArrayList<>());
                records.add(current);
            }
        }
        return records;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
