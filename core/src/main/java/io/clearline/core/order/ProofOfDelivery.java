package io.clearline.core.order;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A signed delivery note or bill of lading. */
public record ProofOfDelivery(
        String shipmentNumber,
        Optional<String> poNumber,
        Optional<LocalDateTime> deliveredAt,
        Optional<String> receiverName,
        boolean signaturePresent,
        List<DeliveredLine> lines,
        Set<DeliveryException> exceptions) {

    public ProofOfDelivery {
        shipmentNumber = shipmentNumber == null ? "" : shipmentNumber.strip();
        poNumber = poNumber == null ? Optional.empty() : poNumber;
        deliveredAt = deliveredAt == null ? Optional.empty() : deliveredAt;
        receiverName = receiverName == null ? Optional.empty() : receiverName;
        lines = lines == null ? List.of() : List.copyOf(lines);
        exceptions = exceptions == null ? Set.of() : Set.copyOf(exceptions);
    }
}
