package io.clearline.extraction.fields;

import io.clearline.core.money.DecimalStyle;
import io.clearline.extraction.layout.LaidOutText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document writes numbers and dates, judged from the whole text: which separator the
 * amounts use for decimals, and whether numeric dates put the day first.
 */
public record DocumentLocale(DecimalStyle decimals, boolean dayFirst) {

    private static final Pattern COMMA_DECIMALS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})*,\\d{2}(?![\\d,])");
    private static final Pattern POINT_DECIMALS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?![\\d.])");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2,4})(?!\\d)");
    private static final Pattern GERMAN = Pattern.compile("(?i)\\b(rechnung|bestellung|datum|betrag|menge|summe|"
            + "lieferschein|gesamt|zahlung)");

    public static DocumentLocale detect(LaidOutText text) {
        String all = text.text();
        int comma = count(COMMA_DECIMALS, all);
        int point = count(POINT_DECIMALS, all);
        DecimalStyle decimals = comma > point ? DecimalStyle.COMMA : point > comma ? DecimalStyle.POINT
                : DecimalStyle.AUTO;
        int dayFirstVotes = 0;
        int monthFirstVotes = 0;
        boolean dotted = false;
        Matcher m = NUMERIC_DATE.matcher(all);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            dotted |= m.group(2).equals(".");
            if (a > 12 && b <= 12) {
                dayFirstVotes++;
            } else if (b > 12 && a <= 12) {
                monthFirstVotes++;
            }
        }
        boolean dayFirst;
        if (dayFirstVotes != monthFirstVotes) {
            dayFirst = dayFirstVotes > monthFirstVotes;
        } else {
            dayFirst = dotted || decimals == DecimalStyle.COMMA || GERMAN.matcher(all).find();
        }
        return new DocumentLocale(decimals, dayFirst);
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
