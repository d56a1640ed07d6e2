package io.clearline.app.governance;

import io.clearline.app.security.Access;
import io.clearline.core.Confidence;
import io.clearline.core.money.Money;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.InvalidPayload;
import io.clearline.governance.ProposeAction;
import io.clearline.governance.Submission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governance gateway over HTTP: propose an action, read proposals and the approval queue,
 * approve (never one's own: maker-checker) or reject. Every state change is audited by the gateway.
 */
@Tag(name = "Governance")
@RestController
@RequestMapping("/api/v1/proposals")
class ProposalController {

    private final ActionGateway gateway;

    ProposalController(ActionGateway gateway) {
        this.gateway = gateway;
    }

    @Operation(summary = "Propose an action; 201 when new, 200 when the idempotency key was seen with the same action, "
            + "409 when it was used for another")
    @PostMapping
    @PreAuthorize(Access.ANALYST)
    ResponseEntity<ProposalView> propose(@RequestBody ProposalRequest request, Authentication caller) {
        if (request.confidence() == null) {
            throw new InvalidPayload("confidence is required (0..1)");
        }
        if (request.confidence() < 0 || request.confidence() > 1 || request.confidence().isNaN()) {
            throw new InvalidPayload("confidence must be within 0..1");
        }
        Money amount = null;
        if (request.amount() != null) {
            if (request.amount().value() == null || request.amount().currency() == null) {
                throw new InvalidPayload("amount needs a value and a currency");
            }
            try {
                amount = Money.of(request.amount().value(), request.amount().currency());
            } catch (IllegalArgumentException e) {
                throw new InvalidPayload("unknown currency " + request.amount().currency());
            }
        }
        Submission submitted = gateway.submit(new ProposeAction(request.kind(), request.subject(),
                request.payload() == null ? Map.of() : request.payload(), Actors.of(caller),
                Confidence.of(request.confidence()), request.evidence(), amount, request.idempotencyKey(), null));
        ProposalView view = ProposalView.of(submitted.proposal());
        return submitted.replay() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/proposals/" + view.id())).body(view);
    }

    @Operation(summary = "One proposal with its decision and outcome")
    @GetMapping("/{id}")
    @PreAuthorize(Access.ANALYST)
    ProposalView get(@PathVariable UUID id) {
        return ProposalView.of(gateway.get(id));
    }

    @Operation(summary = "Proposals waiting for a person (oldest first), or all proposals about a subject")
    @GetMapping
    @PreAuthorize(Access.ANALYST)
    List<ProposalView> list(@RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return (subject == null ? gateway.pending(limit, offset) : gateway.forSubject(subject)).stream()
                .map(ProposalView::of).toList();
    }

    @Operation(summary = "Approve a pending proposal and run it; the proposer cannot approve (403)")
    @PostMapping("/{id}/approve")
    @PreAuthorize(Access.ANALYST)
    ProposalView approve(@PathVariable UUID id, Authentication caller) {
        return ProposalView.of(gateway.approve(id, Actors.of(caller)));
    }

    @Operation(summary = "Reject a pending proposal, with a reason")
    @PostMapping("/{id}/reject")
    @PreAuthorize(Access.ANALYST)
    ProposalView reject(@PathVariable UUID id, @RequestBody Map<String, String> body, Authentication caller) {
        return ProposalView.of(gateway.reject(id, Actors.of(caller), body.get("reason")));
    }
}
