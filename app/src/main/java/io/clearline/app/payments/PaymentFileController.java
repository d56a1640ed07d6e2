package io.clearline.app.payments;

import io.clearline.app.security.Access;
import io.clearline.core.PaymentId;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.payments.ImportedPaymentFiles;
import io.clearline.extraction.payments.PaymentFile;
import io.clearline.extraction.payments.PaymentFileIntake;
import io.clearline.extraction.payments.PaymentSightings;
import io.clearline.extraction.payments.Payments;
import io.clearline.governance.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bank and EDI payment files over HTTP. Each file of an upload is imported on its own (all its
 * payments or none) and recorded, accepted or rejected. The status: 422 problem
 * ({@code payment-file-rejected}, naming the first rejected file and listing every outcome) when any
 * file was rejected, else 201 when at least one file was new, else 200 (all imported before).
 */
@Tag(name = "Payments")
@RestController
class PaymentFileController {

    private final PaymentFileIntake intake;
    private final ImportedPaymentFiles files;
    private final Payments payments;
    private final PaymentSightings sightings;

    PaymentFileController(PaymentFileIntake intake, ImportedPaymentFiles files, Payments payments,
                          PaymentSightings sightings) {
        this.intake = intake;
        this.files = files;
        this.payments = payments;
        this.sightings = sightings;
    }

    @Operation(summary = "Import BAI2, camt.052/053/054, MT940/942 or X12 820 files (multipart, parts named 'file');"
            + " the same bytes again return the recorded outcome with 200")
    @PostMapping(path = "/api/v1/payment-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Access.PAYMENTS_WRITE)
    ResponseEntity<ImportedFiles> upload(@RequestPart("file") List<MultipartFile> parts, Authentication caller) {
        Actor actor = Actors.of(caller);
        List<ImportedFile> outcomes = new ArrayList<>(parts.size());
        for (MultipartFile part : parts) {
            outcomes.add(ImportedFile.of(intake.importFile(bytes(part), cleanName(part.getOriginalFilename()), actor)));
        }
        outcomes.stream().filter(o -> !"ACCEPTED".equals(o.file().status())).findFirst().ifPresent(rejected -> {
            throw new PaymentFileRejected(rejected, outcomes);
        });
        ImportedFiles body = new ImportedFiles(outcomes);
        return outcomes.stream().filter(o -> "CREATED".equals(o.outcome())).findFirst()
                .map(first -> ResponseEntity.created(URI.create("/api/v1/payment-files/" + first.file().id())).body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.OK).body(body));
    }

    @Operation(summary = "A recorded payment file: format, status, reason or warnings, its new payments' ids and"
            + " the payments another file had imported before (seenBefore)")
    @GetMapping("/api/v1/payment-files/{id}")
    @PreAuthorize(Access.PAYMENTS_READ)
    PaymentFileView file(@PathVariable UUID id) {
        PaymentFile file = files.find(id).orElseThrow(() -> new PaymentNotFound("payment file " + id));
        return PaymentFileView.of(file, payments.ofFile(id).stream().map(Payment::id).toList(), sightings.ofFile(id));
    }

    @Operation(summary = "An imported payment with its remittance lines and cash-application status")
    @GetMapping("/api/v1/payments/{id}")
    @PreAuthorize(Access.PAYMENTS_READ)
    PaymentView payment(@PathVariable String id) {
        PaymentId paymentId = new PaymentId(id);
        Payment payment = payments.find(paymentId).orElseThrow(() -> new PaymentNotFound("payment " + id));
        return PaymentView.of(payment, payments.fileOf(paymentId).orElseThrow(),
                payments.status(paymentId).orElseThrow().name());
    }

    /** The last path segment without control characters: a hint to keep, never a path to trust. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return last.isEmpty() ? null : last.substring(0, Math.min(last.length(), 255));
    }

    private static byte[] bytes(MultipartFile part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded part " + part.getOriginalFilename(), e);
        }
    }
}
