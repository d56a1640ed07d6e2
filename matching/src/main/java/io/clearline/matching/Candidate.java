package io.clearline.matching;

import io.clearline.core.CustomerId;
import java.util.List;
import java.util.Optional;

/** One way to explain a payment, with the evidence pattern it rests on; a reviewer sees the top few. */
public record Candidate(Optional<CustomerId> customer, List<Allocation> allocations, MatchPattern pattern) {

    public Candidate {
        allocations = List.copyOf(allocations);
    }

    public List<String> documents() {
        return allocations.stream().filter(a -> !a.isRemainder()).map(a -> a.documentNumber().orElseThrow()).toList();
    }
}
