package io.clearline.classification.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training augmentation: every training text is added once more with each word (two letters or more)
 * left out at random with probability {@code rate}. The model then cannot lean on one cue word alone —
 * a text whose telling word is gone must be learnt from the words around it — which is what texts worded
 * unlike the training data ask of it. Calibration and test splits are left as they are. Seeded, so a
 * retrain is repeatable.
 */
public final class WordDropout {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private WordDropout() {
    }

    public static List<LabelledExample> add(List<LabelledExample> train, double rate, long seed) {
        if (!(rate > 0)) {
            return train;
        }
        if (rate >= 1) {
            throw new IllegalArgumentException("word dropout rate must be below 1, was " + rate);
        }
        Random random = new Random(seed);
        List<LabelledExample> out = new ArrayList<>(train.size() * 2);
        out.addAll(train);
        for (LabelledExample e : train) {
            out.add(new LabelledExample(drop(e.text(), rate, random), e.label(), e.context()));
        }
        return out;
    }

    static String drop(String text, double rate, Random random) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            if (random.nextDouble() >= rate) {
                out.append(m.group());
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
