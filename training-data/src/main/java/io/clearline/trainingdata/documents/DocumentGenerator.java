package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The seeded generator of purchase orders, invoices, remittance advices and proofs of delivery as
 * text PDFs with ground truth. The same seed gives the same documents, byte for byte.
 */
public final class DocumentGenerator {

    private final long seed;

    public DocumentGenerator(long seed) {
        this.seed = seed;
    }

    /** {@code perLayout} documents for every layout that {@code layouts} accepts. */
    public List<GeneratedDocument> generate(int perLayout, Predicate<Layout> layouts) {
        List<GeneratedDocument> documents = new ArrayList<>();
        for (Layout layout : Layouts.all()) {
            if (!layouts.test(layout)) {
                continue;
            }
            for (int n = 0; n < perLayout; n++) {
                documents.add(generate(layout, n));
            }
        }
        return documents;
    }

    public GeneratedDocument generate(Layout layout, int n) {
        long documentSeed = seed * 1_000_003L + layout.id().hashCode() * 7919L + n;
        Random random = new Random(documentSeed);
        Party distributor = Catalog.company(new Random(seed + layout.language().ordinal()), layout.language());
        String id = layout.id() + "-" + String.format("%03d", n);
        Composed composed = switch (layout.type()) {
            case PURCHASE_ORDER -> PurchaseOrderComposer.compose(id, random, layout, distributor);
            case INVOICE -> InvoiceComposer.compose(id, random, layout, distributor);
            case REMITTANCE_ADVICE -> RemittanceComposer.compose(id, random, layout, distributor);
            case PROOF_OF_DELIVERY -> DeliveryComposer.compose(id, random, layout, distributor);
            case OTHER -> throw new IllegalArgumentException("no layouts for " + DocumentType.OTHER);
        };
        byte[] pdf = new PdfPainter(layout).paint(composed.content(), documentSeed);
        return new GeneratedDocument(composed.truth(), pdf);
    }
}
