package io.clearline.extraction.bank.bai2;

import java.util.ArrayList;
import java.util.List;

/**
 * A logical BAI2 record: a physical record plus the 88 continuation records that follow it.
 *
 * @param number       position of the first physical record in the file (1-based)
 * @param line         physical line it starts on
 * @param fields       fields of the record itself, code first
 * @param continuations the text after {@code 88,} of each continuation, in order
 * @param wrappedLines  lines that continued the text without a record code (tolerated, not counted)
 */
record Bai2Record(String code, int number, int line, List<String> fields, List<String> continuations,
                  List<Integer> wrappedLines) {

    /** Records as trailers count them: itself and its 88s, not text lines wrapped without a record code. */
    int physicalCount() {
        return 1 + continuations.size() - wrappedLines.size();
    }

    String field(int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    /** Fields of the record and its continuations as one list (summary and detail fields may wrap). */
    List<String> mergedFields() {
        List<String> all = new ArrayList<>(fields);
        for (String c : continuations) {
            all.addAll(List.of(c.split(",", -1)));
        }
        return all;
    }

    String where() {
        return "record " + number + " (" + code + ", line " + line + ")";
    }
}
