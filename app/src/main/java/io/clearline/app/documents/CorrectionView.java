package io.clearline.app.documents;

import io.clearline.governance.ActionProposal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What became of a correction: its proposal's id and status and, once executed, what it did. */
final class CorrectionView {

    private CorrectionView() {
    }

    static Map<String, Object> of(ActionProposal p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("proposal_id", p.id());
        body.put("kind", p.kind());
        body.put("status", p.status().name());
        body.put("outcome", p.outcome());
        body.put("failure", p.failureReason());
        return body;
    }
}
