package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Order exceptions as the intake sees them: a text (customer remark, CSR note, validation message)
 * plus the validation rules that fired, in context key {@value #SIGNALS}. Rules are imperfect on
 * purpose: the expected one is sometimes missing and an unrelated one sometimes fires as well.
 */
public final class OrderExceptionGenerator {

    public static final String SIGNALS = "rule_signals";

    /** The label of {@link #withoutException} texts: no category applies, a person must look. */
    public static final String NO_EXCEPTION = "NONE";

    /** Order remarks that name no exception at all, for measuring what the model does with them. */
    private static final Map<String, List<String>> NEUTRAL = Map.of(
            "en", List.of("new order, please process", "please confirm receipt", "urgent, needed by Friday",
                    "see attached PO", "thanks for your help", "please deliver to the usual address",
                    "call me if questions", "standing order for next month", "as discussed on the phone",
                    "please send order confirmation"),
            "de", List.of("neue Bestellung, bitte bearbeiten", "bitte Eingang bestätigen", "eilt, bis Freitag",
                    "Bestellung anbei", "danke für die Hilfe"),
            "fr", List.of("nouvelle commande, merci de traiter", "merci de confirmer la réception",
                    "urgent, pour vendredi", "commande ci-jointe", "merci d'avance"));

    private OrderExceptionGenerator() {
    }

    /**
     * Texts in the same frames that carry no exception and fire no rule, labelled {@value #NO_EXCEPTION}:
     * a classifier should send them to review rather than answer with a category.
     */
    public static List<LabelledText> withoutException(long seed, int count, Partition partition) {
        Random random = new Random(seed ^ 0x0DE2_1111L ^ partition.ordinal());
        Noise noise = new Noise(random, true);
        List<LabelledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String language = List.of("en", "de", "fr").get(i % 3);
            List<String> texts = NEUTRAL.get(language);
            List<String> frames = OrderExceptionFrames.of(language);
            int p = Templates.pick(random, texts.size(), partition);
            int f = Templates.pick(random, frames.size(), partition);
            String text = frames.get(f).replace("{text}", texts.get(p)).replace(OrderExceptionFrames.MAIL, "");
            out.add(new LabelledText(noise.apply(Templates.fill(text, random, !language.equals("en"))), NO_EXCEPTION,
                    "neutral-" + p + "/frame-" + f, language, partition, Map.of(SIGNALS, "")));
        }
        return out;
    }

    public static List<String> labels() {
        return List.copyOf(OrderExceptionPhrasings.ENGLISH.keySet());
    }

    public static List<String> rules() {
        return List.copyOf(OrderExceptionPhrasings.RULE.values());
    }

    public static List<LabelledText> generate(long seed, int count, Partition partition) {
        Random random = new Random(seed ^ 0x0DE2_0000L ^ partition.ordinal());
        Noise noise = new Noise(random, true);
        List<String> labels = labels();
        List<String> rules = rules();
        List<LabelledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            double l = random.nextDouble();
            String language = l < 0.5 ? "en" : l < 0.78 ? "de" : "fr";
            List<String> phrasings = OrderExceptionPhrasings.of(language).get(label);
            List<String> frames = OrderExceptionFrames.of(language);
            int p = Templates.pick(random, phrasings.size(), partition);
            int f = Templates.pick(random, frames.size(), partition);
            String family = "text-" + p + "/frame-" + f;
            String text = frames.get(f).replace("{text}", phrasings.get(p));
            if (text.startsWith(OrderExceptionFrames.MAIL)) {
                Mails.Wrapped wrapped = Mails.wrap(text.substring(OrderExceptionFrames.MAIL.length()), language,
                        random, partition);
                text = wrapped.text();
                family += "/" + wrapped.family();
            }
            text = Templates.fill(text, random, !language.equals("en"));
            Set<String> fired = new LinkedHashSet<>();
            if (random.nextDouble() < 0.75) {
                fired.add(OrderExceptionPhrasings.RULE.get(label));
            }
            if (random.nextDouble() < 0.2) {
                fired.add(rules.get(random.nextInt(rules.size())));
            }
            out.add(new LabelledText(noise.apply(text), label, family, language, partition,
                    Map.of(SIGNALS, String.join(",", fired))));
        }
        return out;
    }
}
