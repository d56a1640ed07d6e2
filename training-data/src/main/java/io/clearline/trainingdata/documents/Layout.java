package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import io.clearline.core.money.DecimalStyle;
import java.util.List;

/**
 * How one family of documents looks: wording, number and date formats, font, table style and
 * column order. Holdout layouts are only ever measured, never looked at while tuning extraction.
 *
 * @param variant        index into the vocabulary lists, so each layout words its labels its own way
 * @param labelsBelow    a label sits above its value instead of left of it
 * @param partyInHeading the issuing party (buyer of a PO, seller of an invoice, payer of a remittance)
 *                       appears only as the letterhead, without a label
 * @param linesPerPage   table rows per page before the table continues on the next page
 * @param columns        line-item field names in printed order
 * @param gridFields     header fields printed as a grid: a row of labels over a row of values
 * @param splitHeaders   multi-word column headers printed over two lines ("Unit" over "Price")
 */
public record Layout(String id, DocumentType type, int variant, boolean holdout, Language language,
                     DecimalStyle numbers, String datePattern, Typeface typeface, boolean labelsBelow,
                     boolean ruled, boolean twoColumnHeader, boolean partyInHeading, int linesPerPage,
                     boolean letterSize, List<String> columns, boolean gridFields, boolean splitHeaders) {

    public Layout {
        columns = List.copyOf(columns);
    }
}
