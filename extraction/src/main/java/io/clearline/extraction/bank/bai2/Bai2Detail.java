package io.clearline.extraction.bank.bai2;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A 16 transaction detail: type, amount, funds availability, references, and free text (88s appended). */
record Bai2Detail(String typeCode, long amountMinor, Optional<LocalDate> valueDate, String bankReference,
                  String customerReference, String text) {

    static Bai2Detail of(Bai2Record r) {
        List<String> f = r.fields();
        int extra = Bai2Fields.fundsExtra(f, 3, r);
        Optional<LocalDate> value = r.field(3).equals("V") ? Bai2Fields.date(r.field(4), r) : Optional.empty();
        int refIndex = 4 + extra;
        String text = refIndex + 2 < f.size() ? String.join(",", f.subList(refIndex + 2, f.size())).strip() : "";
        StringBuilder all = new StringBuilder(text);
        for (String c : r.continuations()) {
            all.append(all.length() > 0 ? "\n" : "").append(c.strip());
        }
        long amount = Bai2Fields.amount(r.field(2), r).orElse(0L);
        return new Bai2Detail(r.field(1), amount, value, r.field(refIndex), r.field(refIndex + 1), all.toString().strip());
    }

    /** A value the bank tagged in the text, e.g. {@code DBNM: ACME INC} (debtor name). */
    Optional<String> tagged(String tag) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(tag + ":"))
                .map(l -> l.substring(tag.length() + 1).strip()).filter(v -> !v.isEmpty()).findFirst();
    }

    String referenceText() {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {bankReference, customerReference, text}) {
            if (!part.isBlank()) {
                s.append(s.length() > 0 ? " | " : "").append(part.strip());
            }
        }
        return s.toString();
    }
}
