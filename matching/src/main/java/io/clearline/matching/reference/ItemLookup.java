package io.clearline.matching.reference;

import io.clearline.matching.MatchPattern.ReferenceQuality;
import io.clearline.matching.index.IntList;
import io.clearline.matching.index.OpenItemIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the open items a written reference means: exact canonical keys across all customers (these
 * also identify the payer), then, inside one customer, transposed digits, one wrong character,
 * truncation and PO numbers.
 */
public final class ItemLookup {

    private final OpenItemIndex index;

    public ItemLookup(OpenItemIndex index) {
        this.index = index;
    }

    /** Items whose document number the token names exactly (after normalisation), any customer. */
    public List<ItemHit> exact(References.Token token) {
        int[] ids = index.byDocumentKey(token.key());
        List<ItemHit> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(new ItemHit(id, exactQuality(token.raw(), index.documentNumber(id)), token.raw(), null));
        }
        return out;
    }

    /** Items carrying the token as PO number, any customer. */
    public List<ItemHit> byPo(References.Token token) {
        int[] ids = index.byPoKey(token.key());
        List<ItemHit> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(new ItemHit(id, ReferenceQuality.PO, token.raw(), "PO " + index.poNumber(id).orElse("")));
        }
        return out;
    }

    /** Near misses inside one customer: transposed digits, one wrong character, truncated numbers. */
    public List<ItemHit> fuzzyWithin(int customer, References.Token token) {
        List<ItemHit> out = new ArrayList<>(2);
        IntList items = index.itemsOf(customer);
        for (int k = 0; k < items.size(); k++) {
            int id = items.get(k);
            References.Relation r = References.relate(token.key(), index.documentKey(id));
            if (r != null && r != References.Relation.EQUAL) {
                String how = switch (r) {
                    case TRANSPOSED -> "transposed digits";
                    case ONE_CHARACTER -> "one character differs";
                    case TRUNCATED -> "truncated";
                    default -> "";
                };
                out.add(new ItemHit(id, ReferenceQuality.FUZZY, token.raw(), how));
            }
        }
        return out;
    }

    private static ReferenceQuality exactQuality(String raw, String documentNumber) {
        if (raw.equalsIgnoreCase(documentNumber)) {
            return ReferenceQuality.EXACT;
        }
        return References.hadOcrLetters(raw) ? ReferenceQuality.OCR : ReferenceQuality.NORMALISED;
    }

    /** Words for an explanation: "invoice 10452 referenced as 1O452 (OCR look-alikes)". */
    public String describe(ItemHit hit) {
        String doc = kind(hit.item()) + " " + index.documentNumber(hit.item());
        return switch (hit.quality()) {
            case EXACT, REMITTANCE_EXACT -> doc + " referenced";
            case NORMALISED -> doc + " referenced as " + hit.written();
            case OCR -> doc + " referenced as " + hit.written() + " (OCR look-alikes)";
            case FUZZY -> doc + " referenced as " + hit.written() + " (" + hit.how() + ")";
            case PO -> doc + " found by its " + hit.how() + " (" + hit.written() + ")";
            case NONE -> doc + " chosen by amount";
        };
    }

    private String kind(int item) {
        return (index.isCreditMemo(item) ? "credit memo" : "invoice").toLowerCase(Locale.ROOT);
    }
}
