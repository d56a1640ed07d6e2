package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deduction / dispute reason texts as remittance memo lines, e-mail bodies and short-pay notes carry
 * them, English and German, with noise. Both the reason wording and the frame around it come from the
 * requested {@link Partition}.
 */
public final class DeductionReasonGenerator {

    /** Where the reason is written: {reason} is the phrasing; other placeholders see {@link Templates}. */
    private static final List<String> ENGLISH_FRAMES = List.of(
            "{reason}",
            "INV {inv} short paid {amt} - {reason}",
            "Hello,\n\nwe paid invoice {inv} less {amt}.\nReason: {reason}.\n\nRegards,\n{name}",
            "Deduction {amt} on invoice {inv}: {reason}",
            "Short pay note: {reason} (inv {inv}, {amt})",
            "memo: {reason} / ref {inv}",
            "Hi team,\nPlease note we deducted {amt} from payment for invoice {inv} because: {reason}\nThanks, {name}",
            "{inv} {amt} {reason}",
            "Remittance line {n}: invoice {inv}, paid {amt}, reason: {reason}",
            "Dear AR,\n{reason}. Therefore invoice {inv} was paid short by {amt}.\nKind regards\n{name}",
            "Deduction taken: {reason} - inv {inv}",
            "Remittance for invoice {inv}: paid {amt}. Short pay reason - {reason}",
            "RE: Deduction on invoice {inv}\n\nHi,\n{reason}.\n\n{name}",
            "Payment {amt} ref {inv}; deduction reason: {reason}",
            "Claim for deduction on {inv}: {reason}. Amount {amt}.");
    private static final List<String> GERMAN_FRAMES = List.of(
            "{reason}",
            "Rechnung {inv} gekürzt um {amt}: {reason}",
            "Sehr geehrte Damen und Herren,\n\nbei Rechnung {inv} haben wir {amt} abgezogen.\nGrund: {reason}\n\nMit freundlichen Grüßen\n{name}",
            "Abzug {amt} Rg. {inv} - {reason}",
            "Verwendungszweck: {inv} {reason} {amt}",
            "Abzug: {reason} (Rg. {inv})",
            "Zahlung zu Rechnung {inv} abzüglich {amt}, Grund: {reason}",
            "Hallo,\nwir haben bei der Zahlung {amt} einbehalten: {reason}.\nGruß {name}",
            "Kürzung Rechnung {inv}: {reason}",
            "Zahlungsavis Zeile {n}: Rg. {inv} gezahlt {amt}, Abzugsgrund: {reason}");

    private DeductionReasonGenerator() {
    }

    /** The reason codes this generator labels with, in a stable order. */
    public static List<String> labels() {
        return List.copyOf(DeductionReasonPhrasings.ENGLISH.keySet());
    }

    public static List<LabelledText> generate(long seed, int count, Partition partition) {
        Random random = new Random(seed ^ 0x5EA5_0000L ^ partition.ordinal());
        Noise noise = new Noise(random);
        List<String> labels = labels();
        List<LabelledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            boolean german = random.nextDouble() < 0.35;
            List<String> phrasings = (german ? DeductionReasonPhrasings.GERMAN : DeductionReasonPhrasings.ENGLISH)
                    .get(label);
            List<String> frames = german ? GERMAN_FRAMES : ENGLISH_FRAMES;
            int f = Templates.pick(random, frames.size(), partition);
            String reason;
            String family;
            if (random.nextBoolean()) {
                int p = Templates.pick(random, phrasings.size(), partition);
                reason = Templates.fill(phrasings.get(p), random, german);
                family = "reason-" + p;
            } else {
                List<String> cues = (german ? DeductionReasonCues.GERMAN : DeductionReasonCues.ENGLISH).get(label);
                List<String> patterns = german ? DeductionReasonCues.GERMAN_PATTERNS : DeductionReasonCues.ENGLISH_PATTERNS;
                int p = Templates.pick(random, patterns.size(), partition);
                reason = Templates.fill(patterns.get(p).replace("{cue}", cues.get(random.nextInt(cues.size()))),
                        random, german);
                family = "cue-" + p;
            }
            String text = Templates.fill(frames.get(f).replace("{reason}", reason), random, german);
            out.add(new LabelledText(noise.apply(text), label, family + "/frame-" + f,
                    german ? "de" : "en", partition, Map.of()));
        }
        return out;
    }
}
