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

    private static final List<String> ENGLISH_FRAMES = List.of(
            "{text}",
            "Order {po} from {company}: {text}",
            "CSR note - {text}",
            "Validation: {text} (PO {po}, line {n})",
            "{company} / {po} / {text}",
            "Hi,\nplease check order {po}: {text}.\nThanks\n{name}",
            "exception on PO {po}: {text}",
            "{text} - order received {date}",
            "Intake remark: {text}",
            "Order hold reason: {text}",
            "Order exception: {text}",
            "PO {po} ({company}) on hold - {text}",
            "Dear team,\norder {po} cannot be processed: {text}.\nBest, {name}",
            "Blocked order {po}: {text}",
            "Review needed for order {po} from {company}: {text}");
    private static final List<String> GERMAN_FRAMES = List.of(
            "{text}",
            "Auftrag {po} von {company}: {text}",
            "Hinweis Innendienst: {text}",
            "Prüfung Bestellung {po}: {text}",
            "Bitte klären, Bestellung {po} - {text}",
            "Auftragssperre {po}: {text}",
            "Hallo,\nBestellung {po} kann nicht bearbeitet werden: {text}.\nGruß {name}",
            "Klärungsfall Auftrag {po} ({company}): {text}",
            "Bestellung {po} angehalten - {text}",
            "Prüfhinweis zu Bestellung {po}: {text}");

    private OrderExceptionGenerator() {
    }

    public static List<String> labels() {
        return List.copyOf(OrderExceptionPhrasings.ENGLISH.keySet());
    }

    public static List<String> rules() {
        return List.copyOf(OrderExceptionPhrasings.RULE.values());
    }

    public static List<LabelledText> generate(long seed, int count, Partition partition) {
        Random random = new Random(seed ^ 0x0DE2_0000L ^ partition.ordinal());
        Noise noise = new Noise(random);
        List<String> labels = labels();
        List<String> rules = rules();
        List<LabelledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            boolean german = random.nextDouble() < 0.35;
            List<String> phrasings = (german ? OrderExceptionPhrasings.GERMAN : OrderExceptionPhrasings.ENGLISH)
                    .get(label);
            List<String> frames = german ? GERMAN_FRAMES : ENGLISH_FRAMES;
            int p = Templates.pick(random, phrasings.size(), partition);
            int f = Templates.pick(random, frames.size(), partition);
            String inner = Templates.fill(phrasings.get(p), random, german);
            String text = Templates.fill(frames.get(f).replace("{text}", inner), random, german);
            Set<String> fired = new LinkedHashSet<>();
            if (random.nextDouble() < 0.75) {
                fired.add(OrderExceptionPhrasings.RULE.get(label));
            }
            if (random.nextDouble() < 0.2) {
                fired.add(rules.get(random.nextInt(rules.size())));
            }
            out.add(new LabelledText(noise.apply(text), label, "text-" + p + "/frame-" + f, german ? "de" : "en",
                    partition, Map.of(SIGNALS, String.join(",", fired))));
        }
        return out;
    }
}
