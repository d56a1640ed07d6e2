package io.clearline.app.mailbox;

import io.clearline.app.security.Access;
import io.clearline.core.DocumentId;
import io.clearline.extraction.documents.DocumentNotFound;
import io.clearline.extraction.documents.EmailMessages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stored e-mails: who forwarded them, which customer they came from, what happened to each attachment. */
@Tag(name = "Documents")
@RestController
@RequestMapping("/api/v1/messages")
class MessageController {

    private final EmailMessages messages;

    MessageController(EmailMessages messages) {
        this.messages = messages;
    }

    @Operation(summary = "A stored e-mail's sender, original customer, stored and refused attachments")
    @GetMapping("/{documentId}")
    @PreAuthorize(Access.DOCUMENTS_READ)
    MessageView get(@PathVariable UUID documentId) {
        DocumentId id = new DocumentId(documentId);
        return messages.find(id).map(MessageView::of).orElseThrow(() -> new DocumentNotFound(id));
    }

    @Operation(summary = "The stored e-mails whose original customer has this address, newest first")
    @GetMapping
    @PreAuthorize(Access.DOCUMENTS_READ)
    List<MessageView> fromCustomer(@RequestParam String customer,
            @RequestParam(defaultValue = "50") int limit) {
        return messages.fromCustomer(customer, Math.max(1, Math.min(limit, 500))).stream().map(MessageView::of).toList();
    }
}
