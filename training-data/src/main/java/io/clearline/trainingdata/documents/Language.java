package io.clearline.trainingdata.documents;

import java.util.Locale;

/** The language a layout prints its labels, month names and notes in. */
public enum Language {
    EN(Locale.US),
    DE(Locale.GERMANY);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
