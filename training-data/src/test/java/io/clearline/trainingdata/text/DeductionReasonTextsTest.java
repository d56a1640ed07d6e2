package io.clearline.trainingdata.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeductionReasonTextsTest {

    private static final long SEED = 20261123L;

    @Test
    void heldOutTermsNeverReachTrainingOrCalibrationTexts() {
        List<LabelledText> train = DeductionReasonGenerator.generate(SEED, 6000, Partition.TRAIN);
        List<LabelledText> calibration = DeductionReasonGenerator.generate(SEED, 2000, Partition.CALIBRATION);
        Map<String, String> leaks = new LinkedHashMap<>();
        for (DeductionReasonCues.Term term : DeductionReasonCues.heldOut()) {
            Pattern word = DeductionReasonCues.wordPattern(term.text());
            List<LabelledText> forbidden = new ArrayList<>(train);
            if (term.partition() == Partition.TEST) {
                forbidden.addAll(calibration); // test terms are unseen by calibration too
            }
            forbidden.stream().filter(t -> word.matcher(DeductionReasonAudit.fold(t.text())).find()).findFirst()
                    .ifPresent(t -> leaks.put(term.partition() + " term '" + term.text() + "'", t.partition() + ": " + t.text()));
        }
        assertThat(leaks).as("held-out reason terms found in texts of an earlier partition").isEmpty();
    }

    @Test
    void theTermCheckMatchesWholeWordsAfterFolding() {
        Pattern word = DeductionReasonCues.wordPattern("Tête de gondole");
        assertThat(word.matcher(DeductionReasonAudit.fold("PROMO TETE DE GONDOLE 12")).find()).isTrue();
        assertThat(word.matcher(DeductionReasonAudit.fold("tête de gondoles")).find()).isFalse();
        assertThat(DeductionReasonCues.wordPattern("EPD").matcher("ded epd 2%").find()).isTrue();
        assertThat(DeductionReasonCues.wordPattern("EPD").matcher("depd").find()).isFalse();
    }

    @Test
    void everyLabelCanBeToldFromItsText() {
        for (Partition p : Partition.values()) {
            DeductionReasonAudit.Findings f = DeductionReasonAudit.audit(DeductionReasonGenerator.generate(SEED, 3000, p, false));
            assertThat(f.examples()).as(p + " texts whose label a reader could not tell").isEmpty();
        }
    }

    @Test
    void theAuditFlagsAReasonCutAwayAndAnUnknownThatNamesAReason() {
        DeductionReasonAudit.Findings f = DeductionReasonAudit.audit(List.of(
                text("REF 123 DED 45.00 DEDUCTION TAKEN WITH", "UNAUTHORISED_DEDUCTION"),
                text("INV 123 short paid 45.00 - damaged goods", "UNKNOWN"),
                text("INV 123 short paid 45.00 - see remittance", "UNKNOWN"),
                text("memo: deduction not agreed / ref 123", "UNAUTHORISED_DEDUCTION"),
                text("Skonto 2% abgezogen", "UNEARNED_DISCOUNT")));
        assertThat(f.counts()).containsOnlyKeys("UNAUTHORISED_DEDUCTION without a not-agreed statement",
                "UNKNOWN names DAMAGED");
        assertThat(f.total()).isEqualTo(2);
    }

    @Test
    void realReasonCodesAreMappedOnlyWhereTheWordingDecides() {
        assertThat(DeductionReasonCodes.CODES).hasSizeGreaterThan(40);
        assertThat(DeductionReasonCodes.CODES).allMatch(c -> c.label() == null
                ? !c.why().isBlank() : DeductionReasonGenerator.labels().contains(c.label()));
        // "Special Charge Not Authorized" is the buyer refusing the seller's charge, not our unauthorised deduction
        assertThat(DeductionReasonCodes.CODES).filteredOn(c -> c.description().toLowerCase().contains("not authorized"))
                .allMatch(c -> !"UNAUTHORISED_DEDUCTION".equals(c.label()));
        assertThat(DeductionReasonCodes.vocabulary("en", "SHORTAGE")).isNotEmpty();
        // EDIFACT 4465 code 40 "Deducted freight costs" names the held-out test term "freight costs": left out
        assertThat(DeductionReasonCodes.keptOut()).containsExactly(
                "EDIFACT-4465 40 'Deducted freight costs' contains 'freight costs'");
        assertThat(DeductionReasonCodes.vocabulary("en", "FREIGHT")).isNotEmpty()
                .noneMatch(v -> v.toLowerCase().contains("freight costs"));
        assertThat(DeductionReasonCodes.vocabulary("fr", "PROMOTION")).anyMatch(v -> v.contains("RFA"));
        List<LabelledText> train = DeductionReasonGenerator.generate(SEED, 3000, Partition.TRAIN);
        assertThat(train).anyMatch(t -> t.family().startsWith("code-"));
        assertThat(DeductionReasonGenerator.generate(SEED, 3000, Partition.TEST))
                .noneMatch(t -> t.family().startsWith("code-"));
    }

    @Test
    void memoLinesAreCutButNeverInsideTheirReason() {
        for (Partition p : Partition.values()) {
            List<DeductionReasonGenerator.Draft> drafts = DeductionReasonGenerator.drafts(SEED, 3000, p);
            assertThat(drafts).as(p.name()).allMatch(d -> d.text().toLowerCase(java.util.Locale.ROOT)
                    .contains(d.reason().replace('\n', ' ').toLowerCase(java.util.Locale.ROOT)));
        }
        // memo frames still get cut: some one-line texts end within 35-140 characters right after their reason
        assertThat(DeductionReasonGenerator.drafts(SEED, 3000, Partition.TRAIN)).anyMatch(d -> !d.text().contains("\n")
                && d.text().toLowerCase(java.util.Locale.ROOT).endsWith(d.reason().toLowerCase(java.util.Locale.ROOT))
                && d.family().contains("frame-15"));
    }

    private static LabelledText text(String text, String label) {
        return new LabelledText(text, label, "x", "en", Partition.TEST, Map.of());
    }
}
