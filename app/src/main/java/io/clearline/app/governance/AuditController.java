package io.clearline.app.governance;

import io.clearline.app.security.Access;
import io.clearline.core.audit.AuditEvent;
import io.clearline.governance.AuditFilter;
import io.clearline.governance.AuditLog;
import io.clearline.governance.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for supervisors and auditors: query, verify the hash chain, export as CSV. */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "Audit events by subject, actor (e.g. person:alice, matcher:cash) and time range [from, to)")
    @GetMapping
    @PreAuthorize(Access.AUDIT_READ)
    List<AuditEvent> query(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return audit.query(new AuditFilter(subject, actor, from, to), limit, offset);
    }

    @Operation(summary = "Walk the hash chain from the first event; names the first broken link")
    @GetMapping("/verify")
    @PreAuthorize(Access.AUDIT_READ)
    ChainVerification verify() {
        return audit.verify();
    }

    @Operation(summary = "Export the matching events as CSV")
    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize(Access.AUDIT_READ)
    void export(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            HttpServletResponse response) throws IOException {
        AuditFilter filter = new AuditFilter(subject, actor, from, to);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            audit.exportCsv(out, filter);
        }
    }
}
