package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Deduction / dispute reason texts as remittance memo lines, e-mail bodies and short-pay notes carry
 * them, in English, German and French, with noise. The reason wording — a whole phrasing ({@code reason-}),
 * a core term in a sentence pattern ({@code cue-}), a further term in a pattern ({@code term-}) or, in
 * training only, a real code description or AR shorthand ({@code code-}, {@link DeductionReasonCodes}) — the
 * frame and the e-mail parts around it all come from the requested {@link Partition}, except the core
 * terms, and the family names each part used.
 *
 * <p>What each label means, so that a person can tell it from the text alone (checked by the label audit
 * in the tests):
 * <ul>
 * <li>{@code UNKNOWN}: no reason stated, or none we can read — "see remittance", "adjustment", "payment on
 * account", and also "deduction, no reason given", "ohne Angabe", "sans motif": saying that no reason was
 * given is still no reason.</li>
 * <li>{@code UNAUTHORISED_DEDUCTION}: money was taken off and the text says the deduction itself is not
 * agreed, not authorised or approved, has no backup / claim / documents, is invalid or unjustified, or was
 * made without agreement or consent. It is a judgement on the deduction, usually written by our side. A
 * buyer refusing <em>our</em> charge ("special charge not authorized") is the charge's reason, not this.</li>
 * <li>{@code SHORTAGE}: fewer goods arrived than were billed (missing, not received, short shipped);
 * {@code DAMAGED}: goods arrived but broken, crushed, spoiled or defective, including goods refused at the
 * door for damage; {@code RETURNS}: goods were sent back (return, RMA/RA, RTV, picked up, recall), whatever
 * their condition — "returns - damage" is a return.</li>
 * <li>{@code UNEARNED_DISCOUNT}: a cash / early-payment / terms discount (Skonto, escompte, 2/10) the
 * customer took; a promotion or volume discount, a trade rebate (RFA, Bonus, WKZ) is {@code PROMOTION}.</li>
 * <li>{@code PRICING}: the unit price or its extension differs from the agreed one; {@code FREIGHT}: carriage,
 * delivery or fuel charges; {@code TAX}: VAT / sales tax / duties; {@code DUPLICATE_BILLING}: the same goods
 * or invoice billed or paid twice. Wordings that share words across labels ("tax charged twice") take the
 * label of the thing that is wrong (the tax).</li>
 * </ul>
 */
public final class DeductionReasonGenerator {

    /** Bank and ERP remittance fields keep this many characters: SWIFT 4×35, ACH addenda 80, camt 140. */
    private static final int[] MEMO_LIMITS = {35, 70, 80, 140};
    /** Share of training texts worded by a real code description or AR shorthand, where one exists. */
    private static final double VOCABULARY_SHARE = 0.08;

    private DeductionReasonGenerator() {
    }

    /** The reason codes this generator labels with, in a stable order. */
    public static List<String> labels() {
        return List.copyOf(DeductionReasonPhrasings.ENGLISH.keySet());
    }

    public static List<LabelledText> generate(long seed, int count, Partition partition) {
        return generate(seed, count, partition, true);
    }

    static List<LabelledText> generate(long seed, int count, Partition partition, boolean noisy) {
        Noise noise = new Noise(new Random(seed ^ 0x0B5E_55EDL ^ partition.ordinal()), true);
        return drafts(seed, count, partition).stream().map(d -> new LabelledText(noisy ? noise.apply(d.text()) : d.text(),
                d.label(), d.family(), d.language(), partition, Map.of())).toList();
    }

    /** A text before noise, with its reason as written into it. */
    record Draft(String text, String reason, String label, String family, String language) {
    }

    static List<Draft> drafts(long seed, int count, Partition partition) {
        Random random = new Random(seed ^ 0x5EA5_0000L ^ partition.ordinal());
        List<String> labels = labels();
        List<Draft> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            String language = language(random.nextDouble());
            boolean european = !language.equals("en");
            Reason reason = reason(label, language, random, partition);
            String reasonText = Templates.fill(reason.text(), random, european);
            List<DeductionReasonFrames.Frame> frames = DeductionReasonFrames.of(language);
            int f = Templates.pick(random, frames.size(), partition);
            DeductionReasonFrames.Frame frame = frames.get(f);
            String family = reason.family() + "/frame-" + f;
            // the reason is filled first and put in as it is, so a memo cut can find where it ends
            String text = Templates.fill(frame.template().replace("{reason}", "\u0000"), random, european)
                    .replace("\u0000", reasonText);
            if (frame.mail()) {
                Mails.Wrapped wrapped = Mails.wrap(text, language, random, partition, true);
                text = Templates.fill(wrapped.text(), random, european); // the reason has no placeholders left
                family += "/" + wrapped.family();
            }
            if (frame.memo()) {
                text = memo(text, reasonText, random);
            }
            out.add(new Draft(text, reasonText, label, family, language));
        }
        return out;
    }

    /**
     * The same mix in every partition: giving training more French (en 0.45 / de 0.27 / fr 0.28, version
     * 2026.11.23-data1) lifted French by 0.03 macro F1 but cost English 0.02 and the term family 0.04.
     */
    private static String language(double l) {
        return l < 0.5 ? "en" : l < 0.78 ? "de" : "fr";
    }

    /** A reason's wording before placeholders are filled, and the family it came from. */
    record Reason(String text, String family) {
    }

    static Reason reason(String label, String language, Random random, Partition partition) {
        if (partition == Partition.TRAIN && random.nextDouble() < VOCABULARY_SHARE) {
            List<String> vocabulary = DeductionReasonCodes.vocabulary(language, label);
            if (!vocabulary.isEmpty()) {
                int v = random.nextInt(vocabulary.size());
                return new Reason(DeductionReasonCodes.render(vocabulary.get(v), random), "code-" + language + v);
            }
        }
        if (random.nextBoolean()) {
            List<String> phrasings = DeductionReasonPhrasings.of(language).get(label);
            int p = Templates.pick(random, phrasings.size(), partition);
            return new Reason(phrasings.get(p), "reason-" + p);
        }
        List<String> cues = DeductionReasonCues.of(language).get(label);
        List<String> patterns = DeductionReasonCues.patterns(language);
        int p = Templates.pick(random, patterns.size(), partition);
        int core = DeductionReasonCues.core(language);
        if (random.nextDouble() < 0.6) {
            // a core term: known vocabulary of every partition, in a sentence pattern of this partition
            String term = cues.get(random.nextInt(core));
            return new Reason(patterns.get(p).replace("{cue}", term), "cue-" + p);
        }
        int t = core + Templates.pick(random, cues.size() - core, partition);
        return new Reason(patterns.get(p).replace("{cue}", cues.get(t)), "term-" + p + "/t-" + (t - core));
    }

    /**
     * A bank memo line: one line, often upper case, cut to the field length — but never inside the reason
     * (a cut reason would leave a label the text no longer shows); the cut then falls after it.
     */
    private static String memo(String text, String reason, Random random) {
        String line = text.replace('\n', ' ');
        if (random.nextDouble() < 0.5) {
            line = line.toUpperCase(Locale.ROOT);
        }
        int limit = MEMO_LIMITS[random.nextInt(MEMO_LIMITS.length)];
        int reasonAt = line.toLowerCase(Locale.ROOT).indexOf(reason.replace('\n', ' ').toLowerCase(Locale.ROOT));
        int keep = reasonAt < 0 ? line.length() : Math.max(limit, reasonAt + reason.length());
        return line.length() > keep ? line.substring(0, keep).stripTrailing() : line;
    }
}
