package io.clearline.extraction.payments;

import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.BankFileResult;
import io.clearline.extraction.bank.PaymentTrace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An accepted file's payments split into the new ones (stored) and those imported before from another
 * file (linked). Each stored payment is linked at most once per file: two payments of one file are
 * two bookings, even when alike.
 */
record SeenBefore(List<Payment> fresh, List<PaymentTrace> freshTraces, List<Integer> positions, List<Sighting> links) {

    static final SeenBefore NONE = new SeenBefore(List.of(), List.of(), List.of(), List.of());

    static SeenBefore split(BankFileResult.Accepted file, PaymentSightings sightings) {
        List<Payment> fresh = new ArrayList<>();
        List<PaymentTrace> traces = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Sighting> links = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < file.payments().size(); i++) {
            Payment p = file.payments().get(i);
            PaymentTrace trace = file.traces().get(i);
            Optional<Sighting> link = Optional.empty();
            for (SameBooking.Known known : sightings.candidates(p.amount(), p.valueDate(), SameBooking.REFERENCE_DAYS)) {
                if (linked.contains(known.payment().id().value())) {
                    continue;
                }
                int position = i;
                link = SameBooking.matchedOn(p, trace, known)
                        .map(why -> new Sighting(p.id(), known.payment().id(), position, why));
                if (link.isPresent()) {
                    break;
                }
            }
            if (link.isPresent()) {
                links.add(link.get());
                linked.add(link.get().paymentId().value());
            } else {
                fresh.add(p);
                traces.add(trace);
                positions.add(i);
            }
        }
        return new SeenBefore(fresh, traces, positions, links);
    }

    List<String> accounts() {
        return freshTraces.stream().map(PaymentTrace::account).toList();
    }
}
