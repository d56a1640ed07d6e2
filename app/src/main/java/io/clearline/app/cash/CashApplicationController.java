package io.clearline.app.cash;

import io.clearline.app.security.Access;
import io.clearline.core.PaymentId;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.payments.Payments;
import io.clearline.matching.application.CashApplication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cash application over HTTP: the ERP's customers and open items in, a stored payment matched and
 * proposed as {@code cash.apply} (the policy applies it at once or queues it for a person; approving is
 * {@code POST /api/v1/proposals/{id}/approve}).
 */
@Tag(name = "Cash application")
@RestController
@RequestMapping("/api/v1")
class CashApplicationController {

    private final CashApplication cash;
    private final Payments payments;

    CashApplicationController(CashApplication cash, Payments payments) {
        this.cash = cash;
        this.payments = payments;
    }

    @Operation(summary = "Insert or replace customers and open items (by customer id / customer + document number)")
    @PostMapping("/open-items")
    @PreAuthorize(Access.PAYMENTS_WRITE)
    Map<String, Integer> upsert(@RequestBody OpenItemsRequest request) {
        CashApplication.Upserted stored = cash.upsert(request.toCustomers(), request.toOpenItems());
        return Map.of("customers", stored.customers(), "openItems", stored.openItems());
    }

    @Operation(summary = "Import open items as the batch command's open_items.csv (customers must exist); "
            + "rows that cannot be read are reported with their line, the others are stored")
    @PostMapping(path = "/open-items", consumes = "text/csv")
    @PreAuthorize(Access.PAYMENTS_WRITE)
    Map<String, Object> importCsv(@RequestBody byte[] csv) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("open_items", ".csv");
        try {
            java.nio.file.Files.write(file, csv);
            io.clearline.matching.batch.CsvInputs inputs = new io.clearline.matching.batch.CsvInputs();
            java.util.List<io.clearline.core.receivables.OpenItem> items = inputs.openItems(file);
            CashApplication.Upserted stored = cash.upsert(java.util.List.of(), items);
            return Map.of("openItems", stored.openItems(), "problems", inputs.problems().stream()
                    .map(p -> p.toString().replace(file.toString(), "open_items.csv")
                            .replace(file.getFileName().toString(), "open_items.csv")).toList());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Operation(summary = "Match a stored payment and propose its application; 201 when a new proposal was made")
    @PostMapping("/payments/{id}/match")
    @PreAuthorize(Access.PAYMENTS_WRITE)
    ResponseEntity<MatchView> match(@PathVariable String id) {
        PaymentId paymentId;
        try {
            paymentId = new PaymentId(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownPayment(id);
        }
        Payment payment = payments.find(paymentId).orElseThrow(() -> new UnknownPayment(id));
        MatchView view = MatchView.of(paymentId.value(), cash.match(payment));
        return view.proposal() != null && !view.replay() ? ResponseEntity.status(201).body(view) : ResponseEntity.ok(view);
    }
}
