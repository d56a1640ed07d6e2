package io.clearline.app.governance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A proposal as a person or a client submits it over HTTP; the caller is the proposer. */
@Schema(example = """
        {"kind": "note.attach", "subject": "document:5b0c0f4e-8f6a-4d7e-9a43-1b9d3c2f7a10",
         "payload": {"text": "Customer confirmed the PO by phone", "author": "analyst"},
         "confidence": 1.0, "idempotencyKey": "note-2026-11-23-001"}""")
record ProposalRequest(
        String kind,
        String subject,
        JsonNode payload,
        Double confidence,
        List<String> evidence,
        AmountAtStake amount,
        String idempotencyKey) {

    /** The money at stake, checked against the policy's amount limit. */
    record AmountAtStake(BigDecimal value, String currency) {
    }
}
