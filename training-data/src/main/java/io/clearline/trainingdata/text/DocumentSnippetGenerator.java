package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * First-page texts of purchase orders, remittance advices, proofs of delivery, invoices and other
 * documents (statements, price lists, quotes, order confirmations, reminders, newsletters). Credit notes
 * (and corrective invoices) are labelled INVOICE, as extraction treats them (EN 16931 type code 381 is an
 * invoice-type document read with the invoice reader), and make up a quarter of the invoices.
 * Most pages are whole first pages as text extraction reads them: a letterhead, addresses under party
 * labels, references to other documents, an item or invoice table, totals and footers
 * ({@link DocumentSnippetParts}, shared by every type), with the type's own title and fields somewhere
 * among them and the artefacts of PDF text and OCR; the rest are short snippets of type words only.
 */
public final class DocumentSnippetGenerator {

    private static final List<String> ROWS = List.of("{n} {item} {qty} {amt}", "{inv} {date} {amt}",
            "{item} {qty} pcs {amt}", "{qty} x {item}", "{inv} {amt} {amt}");
    private static final List<String> INVOICE_ROWS = List.of("{inv}  {date}  {amt}  {amt}", "{inv} {amt}",
            "{date}  {inv}  {amt}  0.00  {amt}", "{inv}  {po}  {amt}");

    /**
     * Whole pages as block orders: H letterhead, T title, P parties, R references, F the type's
     * fields, I table, C closing line, X footer. Dealt out by partition like the short layouts.
     */
    private static final List<String> PAGES = List.of("HTPRFICX", "HPTRFIFCX", "THPFRIX", "HRPTFICX", "PHTRFIXC",
            "HTFRPIFX", "XHPRTFIC", "HPRFTIXC", "TRHPFIC", "HTRPIFCX", "HPTFIRXC", "RHTPFICX", "HXTPRFI", "HPRTIFCX",
            "TFHPRICX");

    private DocumentSnippetGenerator() {
    }

    public static List<String> labels() {
        return List.copyOf(DocumentSnippetTemplates.ENGLISH.keySet());
    }

    public static List<LabelledText> generate(long seed, int count, Partition partition) {
        Random random = new Random(seed ^ 0xD0C0_0000L ^ partition.ordinal());
        Noise noise = new Noise(random);
        List<String> labels = labels();
        List<LabelledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            double l = random.nextDouble();
            String language = l < 0.36 ? "en" : l < 0.62 ? "de" : l < 0.76 ? "fr" : l < 0.86 ? "nl" : l < 0.91 ? "pl"
                    : l < 0.96 ? "es" : "it";
            boolean german = !language.equals("en"); // decimal comma and day-first dates
            List<DocumentSnippetTemplates.Kind> kinds = vocabulary(language).get(label);
            DocumentSnippetTemplates.Kind kind = lookalike(kind(kinds, label, random), language, random);
            String page;
            String family;
            if (random.nextDouble() < 0.7) {
                int layout = Templates.pick(random, PAGES.size(), partition);
                page = DocumentSnippetParts.fill(page(PAGES.get(layout), random, label, language, kind), random, language);
                family = "page-" + layout;
            } else {
                int layout = Templates.pick(random, DocumentSnippetTemplates.LAYOUTS.size(), partition);
                page = snippet(DocumentSnippetTemplates.LAYOUTS.get(layout), random, german, kind);
                family = "layout-" + layout;
            }
            String text = Templates.fill(page, random, german);
            if (random.nextDouble() < 0.3) {
                text = PageArtefacts.apply(text, random);
            }
            out.add(new LabelledText(noise.apply(text), label, family, language, partition, Map.of()));
        }
        return out;
    }

    /**
     * OTHER's kinds come uniformly; a type's first kind is the document itself and its further kinds
     * (an invoice's credit notes) share a quarter of its pages.
     */
    private static DocumentSnippetTemplates.Kind kind(List<DocumentSnippetTemplates.Kind> kinds, String label,
            Random random) {
        int roll = random.nextInt(4 * kinds.size());
        if (label.equals("OTHER") || kinds.size() == 1) {
            return kinds.get(roll % kinds.size());
        }
        return roll < 3 * kinds.size() ? kinds.get(0) : kinds.get(1 + roll % (kinds.size() - 1));
    }

    /**
     * Order confirmations read like orders but for their titles and a few lines: half of them carry the
     * order's fields too, so the title has to decide. Half the credit notes carry the invoice's fields,
     * as real ones do (same label, so only realism).
     */
    private static DocumentSnippetTemplates.Kind lookalike(DocumentSnippetTemplates.Kind kind, String language,
            Random random) {
        String titles = String.join(" ", kind.titles()).toLowerCase(java.util.Locale.ROOT);
        String twin = titles.matches(".*(credit|gutschrift|avoir|creditnota|korrektur|koryguj|rectificativa|abono).*") ? "INVOICE"
                : titles.matches(".*(confirmation|acknowledgement|bestätigung|bevestiging|accusé).*") ? "PURCHASE_ORDER" : null;
        if (twin == null || random.nextBoolean()) {
            return kind;
        }
        List<String> fields = new ArrayList<>(kind.fields());
        fields.addAll(vocabulary(language).get(twin).get(0).fields());
        return new DocumentSnippetTemplates.Kind(kind.titles(), fields, kind.closings());
    }

    private static Map<String, List<DocumentSnippetTemplates.Kind>> vocabulary(String language) {
        return switch (language) {
            case "de" -> DocumentSnippetTemplates.GERMAN;
            case "fr" -> DocumentSnippetTemplates.FRENCH;
            case "nl" -> DocumentSnippetTemplates.DUTCH;
            case "pl" -> DocumentSnippetTemplates.POLISH;
            case "es" -> DocumentSnippetTemplates.SPANISH;
            case "it" -> DocumentSnippetTemplates.ITALIAN;
            default -> DocumentSnippetTemplates.ENGLISH;
        };
    }

    private static String page(String blocks, Random random, String label, String language,
            DocumentSnippetTemplates.Kind kind) {
        StringBuilder page = new StringBuilder();
        for (char block : blocks.toCharArray()) {
            if (block != 'T' && block != 'F' && random.nextInt(6) == 0) {
                continue; // real pages lack one block or another
            }
            String text = switch (block) {
                case 'H' -> DocumentSnippetParts.letterhead(random, language);
                case 'T' -> any(random, kind.titles()) + (random.nextInt(3) == 0 ? "  " + any(random, kind.fields()) : "");
                case 'P' -> DocumentSnippetParts.parties(random, language);
                case 'R' -> DocumentSnippetParts.references(random, language);
                case 'F' -> fields(random, kind);
                case 'I' -> table(random, label, language, kind);
                case 'C' -> any(random, kind.closings());
                default -> DocumentSnippetParts.footer(random, language);
            };
            page.append(text).append('\n');
        }
        return page.toString().strip();
    }

    private static String fields(Random random, DocumentSnippetTemplates.Kind kind) {
        StringBuilder b = new StringBuilder();
        for (int f = 1 + random.nextInt(3); f > 0; f--) {
            b.append(any(random, kind.fields())).append('\n');
        }
        return b.toString().strip();
    }

    /** Remittances and statements list invoices; the others list goods (delivery notes mostly without prices). */
    private static String table(Random random, String label, String language, DocumentSnippetTemplates.Kind kind) {
        boolean invoices = label.equals("REMITTANCE_ADVICE")
                || label.equals("OTHER") && kind.titles().stream().anyMatch(t -> t.matches("(?i).*(statement|kontoauszug|salden|relev|mahnung|reminder|overdue|herinnering|rekening).*"));
        if (invoices) {
            String row = any(random, INVOICE_ROWS);
            StringBuilder b = new StringBuilder();
            for (int r = 1 + random.nextInt(7); r > 0; r--) {
                b.append(row).append('\n');
            }
            return b.toString().strip();
        }
        return DocumentSnippetParts.itemTable(random, language, !label.equals("PROOF_OF_DELIVERY") || random.nextInt(5) == 0);
    }

    private static String snippet(String layout, Random random, boolean german, DocumentSnippetTemplates.Kind kind) {
        String row = ROWS.get(random.nextInt(ROWS.size()));
        StringBuilder rows = new StringBuilder();
        for (int r = 1 + random.nextInt(6); r > 0; r--) {
            rows.append(Templates.fill(row, random, german)).append('\n');
        }
        return layout.replace("{title}", any(random, kind.titles()))
                .replace("{f1}", any(random, kind.fields()))
                .replace("{f2}", any(random, kind.fields()))
                .replace("{f3}", any(random, kind.fields()))
                .replace("{closing}", any(random, kind.closings()))
                .replace("{b1}", any(random, DocumentSnippetTemplates.BOILERPLATE))
                .replace("{b2}", any(random, DocumentSnippetTemplates.BOILERPLATE))
                .replace("{rows}", rows.toString().strip());
    }

    private static String any(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
