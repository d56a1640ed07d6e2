package io.clearline.extraction.bank.x12;

import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.x12.X12Segments.Segment;
import java.util.ArrayList;
import java.util.List;

/** Walks ISA…IEA / GS…GE / ST…SE nesting and checks every trailer's counts and control numbers. */
final class Envelope {

    private static final BankFileFormat F = BankFileFormat.X12_820;

    private Envelope() {
    }

    static void check(List<Segment> segments, List<String> mismatches, List<List<Segment>> transactions) {
        int i = 0;
        if (segments.isEmpty()) {
            throw new BankFileException(F, "no segments");
        }
        while (i < segments.size()) {
            Segment isa = expect(segments, i, "ISA", "interchange header");
            i++;
            int groups = 0;
            while (i < segments.size() && segments.get(i).id().equals("GS")) {
                i = group(segments, i, mismatches, transactions);
                groups++;
            }
            Segment iea = expect(segments, i, "IEA", "interchange trailer for ISA control number " + isa.el(13));
            compare(iea, 1, groups, "number of functional groups", mismatches);
            if (!iea.el(2).equals(isa.el(13))) {
                mismatches.add("segment " + iea.number() + " (IEA): control number " + iea.el(2)
                        + " does not match ISA13 " + isa.el(13));
            }
            i++;
        }
    }

    private static int group(List<Segment> segments, int start, List<String> mismatches, List<List<Segment>> transactions) {
        Segment gs = segments.get(start);
        int i = start + 1;
        int count = 0;
        while (i < segments.size() && segments.get(i).id().equals("ST")) {
            Segment st = segments.get(i);
            List<Segment> tx = new ArrayList<>();
            while (i < segments.size() && !segments.get(i).id().equals("SE")) {
                String id = segments.get(i).id();
                if (!tx.isEmpty() && (id.equals("ST") || id.equals("GE") || id.equals("IEA") || id.equals("ISA"))) {
                    throw new BankFileException(F, "segment " + segments.get(i).number() + " (" + id
                            + "): transaction set " + st.el(2) + " has no SE trailer");
                }
                tx.add(segments.get(i));
                i++;
            }
            Segment se = expect(segments, i, "SE", "transaction set trailer for ST control number " + st.el(2));
            tx.add(se);
            compare(se, 1, tx.size(), "number of segments in transaction set " + st.el(2), mismatches);
            if (!se.el(2).equals(st.el(2))) {
                mismatches.add("segment " + se.number() + " (SE): control number " + se.el(2) + " does not match ST02 " + st.el(2));
            }
            transactions.add(tx);
            count++;
            i++;
        }
        Segment ge = expect(segments, i, "GE", "functional group trailer for GS control number " + gs.el(6));
        compare(ge, 1, count, "number of transaction sets", mismatches);
        if (!ge.el(2).equals(gs.el(6))) {
            mismatches.add("segment " + ge.number() + " (GE): control number " + ge.el(2) + " does not match GS06 " + gs.el(6));
        }
        return i + 1;
    }

    private static Segment expect(List<Segment> segments, int i, String id, String what) {
        if (i >= segments.size()) {
            throw new BankFileException(F, "file is truncated: it ends before the " + id + " " + what);
        }
        Segment s = segments.get(i);
        if (!s.id().equals(id)) {
            throw new BankFileException(F, "segment " + s.number() + " (" + s.id() + "): expected the " + id + " " + what);
        }
        return s;
    }

    private static void compare(Segment s, int element, int found, String what, List<String> mismatches) {
        String stated = s.el(element);
        if (!stated.matches("\\d{1,10}") || Long.parseLong(stated) != found) {
            mismatches.add("segment " + s.number() + " (" + s.id() + "): " + what + " states '" + stated + "', found " + found);
        }
    }
}
