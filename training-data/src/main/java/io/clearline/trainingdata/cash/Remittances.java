package io.clearline.trainingdata.cash;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.RemittanceLine;
import java.util.Optional;
import java.util.Random;

/** Remittance lines as payers send them: some fields left out, some references noisy, reasons in words. */
final class Remittances {

    private static final String[][] REASONS = {
        {"DAMAGED_GOODS", "DAMAGED GOODS"}, {"DAMAGED_GOODS", "2 CASES DMG IN TRANSIT"},
        {"SHORT_SHIPMENT", "SHORT SHIPPED"}, {"SHORT_SHIPMENT", "SHORTAGE 3 CTNS"}, {"SHORT_SHIPMENT", "ITEMS NOT RECEIVED"},
        {"PRICING", "PRICE DIFFERENCE"}, {"PRICING", "PRICING ERROR PER CONTRACT"},
        {"PROMOTION", "CO-OP ADVERTISING"}, {"PROMOTION", "PROMO ALLOWANCE Q2"},
        {"FREIGHT", "FREIGHT DEDUCTED"}, {"FREIGHT", "SHIPPING CHARGE NOT AGREED"},
        {"RETURN", "RETURNED MERCHANDISE"}, {"COMPLIANCE", "LATE DELIVERY PENALTY"},
        {"DAMAGED_GOODS", "SEE ATTACHED CLAIM"}, {"PRICING", "PER CALL WITH ACCT MGR"}};
    private final Random r;

    Remittances(Random r) {
        this.r = r;
    }

    Reason reason() {
        String[] pick = REASONS[r.nextInt(REASONS.length)];
        return new Reason(pick[0], pick[1]);
    }

    RemittanceLine line(OpenItem item, Money paid, Money discount, int style) {
        String ref = r.nextDouble() < 0.12
                ? ReferenceWriting.noisy(item.documentNumber(), null, r).text()
                : (item.isCreditMemo() ? "CM " + item.documentNumber() : ReferenceWriting.styled(style, item.documentNumber()));
        boolean gross = r.nextDouble() < 0.6;
        boolean paidStated = !gross || r.nextDouble() < 0.85;
        return new RemittanceLine(ref, r.nextDouble() < 0.7 ? Optional.of(item.issueDate()) : Optional.empty(),
                gross ? Optional.of(item.openAmount()) : Optional.empty(),
                discount.isZero() ? Optional.empty() : Optional.of(discount), Optional.empty(), Optional.empty(),
                paidStated ? Optional.of(paid) : Optional.empty());
    }

    RemittanceLine withDiscount(OpenItem item, Money paid, Money discount, int style) {
        return new RemittanceLine(ReferenceWriting.styled(style, item.documentNumber()), Optional.of(item.issueDate()),
                Optional.of(item.openAmount()), Optional.of(discount), Optional.empty(), Optional.empty(), Optional.of(paid));
    }

    RemittanceLine withDeduction(OpenItem item, Money paid, Money deduction, String memo, int style) {
        return new RemittanceLine(ReferenceWriting.styled(style, item.documentNumber()), Optional.empty(),
                Optional.of(item.openAmount()), Optional.empty(), Optional.of(deduction), Optional.of(memo), Optional.of(paid));
    }

    record Reason(String code, String memo) {
    }
}
