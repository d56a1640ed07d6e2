package io.clearline.trainingdata.documents;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** The font family a layout prints with; the standard 14 fonts need no embedding. */
public enum Typeface {
    HELVETICA(FontName.HELVETICA, FontName.HELVETICA_BOLD),
    TIMES(FontName.TIMES_ROMAN, FontName.TIMES_BOLD),
    COURIER(FontName.COURIER, FontName.COURIER_BOLD);

    private final FontName regular;
    private final FontName bold;

    Typeface(FontName regular, FontName bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public PDType1Font regular() {
        return new PDType1Font(regular);
    }

    public PDType1Font bold() {
        return new PDType1Font(bold);
    }
}
