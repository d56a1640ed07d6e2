package io.clearline.extraction.fields;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.doctype.TitleWords;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The issuing party when no label names it: the most prominent name-like phrase at the top of
 * the first page (letterheads print the company name bold or large).
 */
final class Letterhead {

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)\\b(gmbh|ag|kg|inc|llc|ltd|limited|corp|co|b\\.?v|n\\.?v|s\\.?a|sarl|sas|s\\.?p\\.?a|oy|ab|plc|"
                    + "pvt|e\\.?k|ohg|ug)\\b\\.?");

    /** "Guest Name: Sanjay": a key and its value, not a company. */
    private static final Pattern KEY_VALUE = Pattern.compile("\\S\\s*:\\s+\\S");
    /** What a copy is stamped with beside the title ("Kopie factuur", "DUPLICATE"): no company. */
    private static final Pattern COPY_MARK = Pattern.compile("(?i)copy|kopie|copie|copia|duplicate|duplikat|"
            + "duplicado|duplicata|original|originale|pro ?forma|draft|entwurf|zweitschrift|abschrift");

    private Letterhead() {
    }

    /** "Amazon Web Services Invoice": the company with the document's title after it. */
    private static String withoutTitle(String text) {
        String[] words = text.split("\\s+");
        if (words.length > 1 && TitleWords.isTitle(words[words.length - 1])) {
            return String.join(" ", Arrays.copyOf(words, words.length - 1));
        }
        return text;
    }

    static Optional<ExtractedField<Object>> party(String field, LaidOutText text, DocumentLocale locale) {
        Phrase best = null;
        double bestScore = 0;
        int seen = 0;
        Set<Phrase> addressed = PartyBlocks.underPartyLabels(text, 12);
        for (Line line : text.lines()) {
            if (line.page() != 1 || seen++ > 8) {
                break;
            }
            for (Phrase p : line.phrases()) {
                // "Au bon moulin SARL - 1242 chemin de l'olive - 84340 Malaucène": the name is the first part
                String t = withoutTitle(p.text().split(" [-|·•] ")[0].strip());
                if (t.length() < 3 || TitleWords.containsTitle(t) || Labels.isAnyFieldLabel(t) || t.endsWith(":")
                        || Values.name(t, locale).isEmpty() || t.chars().filter(Character::isDigit).count() > 3
                        || KEY_VALUE.matcher(t).find() || COPY_MARK.matcher(t).matches() || addressed.contains(p)) {
                    continue;
                }
                double score = p.fontSize() * (p.words().get(0).bold() ? 1.3 : 1.0) - seen * 0.2;
                if (LEGAL_FORM.matcher(t).find()) {
                    score *= 2; // "GmbH", "Inc.", "B.V.": a company name, not a slogan
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
        }
        // a name with a legal form is a company's; a bare name at the top is as often a heading or a slogan
        return Optional.ofNullable(best).map(p -> {
            String name = withoutTitle(p.text().split(" [-|·•] ")[0].strip());
            return Located.field(field, name, LEGAL_FORM.matcher(name).find() ? 0.6 : 0.45, List.of(p), text);
        });
    }
}
