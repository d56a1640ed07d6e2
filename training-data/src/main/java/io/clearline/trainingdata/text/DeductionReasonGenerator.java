package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deduction / dispute reason texts as remittance memo lines, e-mail bodies and short-pay notes carry
 * them, in English, German and French, with noise. The reason wording — a whole phrasing ({@code reason-}),
 * a core term in a sentence pattern ({@code cue-}) or a further term in a pattern ({@code term-}) — the
 * frame and the e-mail parts around it all come from the requested {@link Partition}, except the core
 * terms, and the family names each part used.
 */
public final class DeductionReasonGenerator {

    /** Bank and ERP remittance fields keep this many characters: SWIFT 4×35, ACH addenda 80, camt 140. */
    private static final int[] MEMO_LIMITS = {35, 70, 80, 140};

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
        Random random = new Random(seed ^ 0x5EA5_0000L ^ partition.ordinal());
        Noise noise = new Noise(random, true);
        List<String> labels = labels();
        List<LabelledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            double l = random.nextDouble();
            String language = l < 0.5 ? "en" : l < 0.78 ? "de" : "fr";
            boolean european = !language.equals("en");
            Reason reason = reason(label, language, random, partition);
            List<DeductionReasonFrames.Frame> frames = DeductionReasonFrames.of(language);
            int f = Templates.pick(random, frames.size(), partition);
            DeductionReasonFrames.Frame frame = frames.get(f);
            String family = reason.family() + "/frame-" + f;
            String text = frame.template().replace("{reason}", reason.text());
            if (frame.mail()) {
                Mails.Wrapped wrapped = Mails.wrap(text, language, random, partition);
                text = wrapped.text();
                family += "/" + wrapped.family();
            }
            text = Templates.fill(text, random, european);
            if (frame.memo()) {
                text = memo(text, reason.text(), random);
            }
            out.add(new LabelledText(noisy ? noise.apply(text) : text, label, family, language, partition, Map.of()));
        }
        return out;
    }

    /** A reason's wording before placeholders are filled, and the family it came from. */
    record Reason(String text, String family) {
    }

    static Reason reason(String label, String language, Random random, Partition partition) {
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
     * A bank memo line: one line, often upper case, cut to the field length — but never before the first
     * 20 characters of the reason, so the label stays true to the text.
     */
    private static String memo(String text, String reasonTemplate, Random random) {
        String line = text.replace('\n', ' ');
        if (random.nextDouble() < 0.5) {
            line = line.toUpperCase(java.util.Locale.ROOT);
        }
        int limit = MEMO_LIMITS[random.nextInt(MEMO_LIMITS.length)];
        String head = reasonTemplate.length() > 20 ? reasonTemplate.substring(0, 20) : reasonTemplate;
        int reasonAt = line.toLowerCase(java.util.Locale.ROOT).indexOf(head.toLowerCase(java.util.Locale.ROOT));
        int keep = reasonAt < 0 || head.contains("{") ? line.length() : Math.max(limit, reasonAt + head.length());
        return line.length() > keep ? line.substring(0, keep).stripTrailing() : line;
    }
}
