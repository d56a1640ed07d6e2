package io.clearline.trainingdata.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Line items of an order or invoice: the truth rows, the printed rows and their sum. */
final class OrderLines {

    final List<Map<String, Object>> truth = new ArrayList<>();
    final List<List<String>> printed = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO.setScale(2);

    OrderLines(Random random, Layout layout, Formats formats) {
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 14 : 6);
        for (int i = 0; i < count; i++) {
            Item item = Catalog.item(random, layout.language());
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 12 : 250));
            BigDecimal amount = item.price().multiply(quantity).setScale(2, RoundingMode.HALF_EVEN);
            sum = sum.add(amount);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("item", item.sku());
            line.put("description", item.description());
            line.put("quantity", quantity.toPlainString());
            line.put("unit", item.unit());
            line.put("unit_price", item.price().toPlainString());
            line.put("amount", amount.toPlainString());
            truth.add(line);
            List<String> cells = new ArrayList<>();
            for (String column : layout.columns()) {
                cells.add(switch (column) {
                    case "quantity" -> formats.quantity(quantity);
                    case "unit_price" -> formats.money(item.price());
                    case "amount" -> formats.money(amount);
                    default -> (String) line.get(column);
                });
            }
            printed.add(cells);
        }
    }

    static List<Boolean> numeric(Layout layout) {
        return layout.columns().stream()
                .map(c -> c.equals("quantity") || c.equals("unit_price") || c.endsWith("amount")
                        || c.startsWith("quantity_"))
                .toList();
    }
}
