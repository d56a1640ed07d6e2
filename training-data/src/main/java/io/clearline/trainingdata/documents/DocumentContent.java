package io.clearline.trainingdata.documents;

import java.util.List;

/**
 * What one document prints, already formatted for its layout: the letterhead, the title, labelled
 * header fields, the line-item table, totals and a closing block (signature, remarks).
 */
record DocumentContent(List<String> letterhead, String title, List<Labelled> fields, Table table,
                       List<Labelled> totals, List<Labelled> closing) {

    /** A label and the value printed with it, one entry per printed line. */
    record Labelled(String label, List<String> value) {

        static Labelled of(String label, String value) {
            return new Labelled(label, List.of(value));
        }
    }

    /** Column headers, which columns are right-aligned numbers, and the cells row by row. */
    record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows) {
    }
}
