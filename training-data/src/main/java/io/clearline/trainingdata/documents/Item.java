package io.clearline.trainingdata.documents;

import java.math.BigDecimal;

/** A catalogue article: SKU, description, unit of measure and list price. */
public record Item(String sku, String description, String unit, BigDecimal price) {
}
