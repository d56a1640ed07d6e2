package io.clearline.trainingdata.cash;

import java.util.Random;

/**
 * How payers write invoice numbers in payment references: each payer has a habitual style, and a noisy
 * payment adds OCR look-alikes, padding, transposed digits, truncation, a PO number instead, or the
 * number buried in free text.
 */
final class ReferenceWriting {

    private static final String[] STYLES = {"%s", "INV %s", "INV#%s", "#%s", "INVOICE %s", "INV-%s", "IN %s", "%s INV"};

    private ReferenceWriting() {
    }

    static int styleFor(Random r) {
        return r.nextInt(STYLES.length);
    }

    static String styled(int style, String number) {
        return String.format(STYLES[style], number);
    }

    /** One noisy rendering of a document number (or its PO); says which noise it used. */
    static Noisy noisy(String number, String po, Random r) {
        int kind = r.nextInt(po == null ? 6 : 7);
        return switch (kind) {
            case 0 -> new Noisy(ocr(number, r), "ocr");
            case 1 -> new Noisy("INV " + "0".repeat(1 + r.nextInt(4)) + number, "leading-zeros");
            case 2 -> new Noisy(transpose(number, r), "transposed");
            case 3 -> new Noisy(r.nextBoolean() ? number.substring(1) : number.substring(0, number.length() - 1), "truncated");
            case 4 -> new Noisy(CompanyNames.pick(r, new String[] {"THANK YOU FOR YOUR BUSINESS INVOICE NO. %s",
                "PAYMENT OF OUR ACCOUNT RE YOUR INV %s DTD LAST MONTH", "REMITTANCE %s PER STATEMENT",
                "PYMT/%s/AP RUN 0612"}).formatted(number), "free-text");
            case 5 -> new Noisy(ocr("INV" + number, r).toLowerCase(java.util.Locale.ROOT), "ocr-lower");
            default -> new Noisy("PO " + po, "po-instead");
        };
    }

    private static String ocr(String number, Random r) {
        char[] c = number.toCharArray();
        int changes = 1 + r.nextInt(2);
        for (int k = 0; k < changes; k++) {
            int i = r.nextInt(c.length);
            c[i] = switch (c[i]) {
                case '0' -> 'O';
                case '1' -> r.nextBoolean() ? 'I' : 'l';
                case '5' -> 'S';
                case '8' -> 'B';
                default -> c[i];
            };
        }
        return new String(c);
    }

    private static String transpose(String number, Random r) {
        char[] c = number.toCharArray();
        for (int attempt = 0; attempt < 10; attempt++) {
            int i = 1 + r.nextInt(c.length - 2);
            if (c[i] != c[i + 1]) {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                break;
            }
        }
        return new String(c);
    }

    record Noisy(String text, String kind) {
    }
}
