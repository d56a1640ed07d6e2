package io.clearline.core.order;

import java.math.BigDecimal;

/** An item and the quantity the receiver signed for. */
public record DeliveredLine(String item, BigDecimal quantityDelivered) {
}
