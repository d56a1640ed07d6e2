package io.clearline.app.documents;

import io.clearline.app.security.Access;
import io.clearline.core.DocumentId;
import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentNotFound;
import io.clearline.extraction.documents.MessageIntake;
import io.clearline.extraction.documents.RawDocument;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.documents.RawInput;
import io.clearline.extraction.documents.StoredDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The raw input store over HTTP. An upload carries one or more parts named {@code file}; all are
 * checked before any is stored, and a rejected file rejects the whole upload (nothing is stored,
 * the problem names the file). The status: 201 when at least one file was new (Location names the
 * first new one), 200 when every file was already stored.
 */
@Tag(name = "Documents")
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

    private final DocumentIntake intake;
    private final MessageIntake messages;
    private final RawDocuments documents;

    DocumentController(DocumentIntake intake, MessageIntake messages, RawDocuments documents) {
        this.intake = intake;
        this.messages = messages;
        this.documents = documents;
    }

    @Operation(summary = "Store raw inputs (multipart, parts named 'file'); same bytes again return the same id with 200")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Access.DOCUMENTS_WRITE)
    ResponseEntity<Uploaded> upload(@RequestPart("file") List<MultipartFile> files, Authentication caller) {
        List<RawInput> inputs = new ArrayList<>(files.size());
        for (MultipartFile f : files) {
            inputs.add(RawInput.upload(bytes(f), FileNames.clean(f.getOriginalFilename()), caller.getName()));
        }
        List<StoredDocument> stored = inputs.size() == 1 && messages.isMessage(inputs.get(0).content(), inputs.get(0).fileName())
                ? storeMessage(inputs.get(0)) : intake.storeAll(inputs);
        Uploaded body = new Uploaded(stored.stream().map(UploadedDocument::of).toList());
        return stored.stream().filter(StoredDocument::created).findFirst()
                .map(first -> ResponseEntity.created(location(first.document().id())).body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.OK).body(body));
    }

    @Operation(summary = "A stored document's metadata")
    @GetMapping("/{id}")
    @PreAuthorize(Access.DOCUMENTS_READ)
    DocumentView get(@PathVariable UUID id) {
        DocumentId documentId = new DocumentId(id);
        return documents.find(documentId).map(DocumentView::of).orElseThrow(() -> new DocumentNotFound(documentId));
    }

    @Operation(summary = "A stored document's exact bytes")
    @GetMapping("/{id}/content")
    @PreAuthorize(Access.DOCUMENTS_READ)
    ResponseEntity<byte[]> content(@PathVariable UUID id) {
        DocumentId documentId = new DocumentId(id);
        RawDocument d = documents.find(documentId).orElseThrow(() -> new DocumentNotFound(documentId));
        byte[] bytes = documents.content(documentId).orElseThrow(() -> new DocumentNotFound(documentId));
        String name = d.fileName() != null ? d.fileName() : d.id() + FileNames.extensionFor(d.mediaType());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .contentLength(bytes.length)
                .eTag("\"" + d.sha256() + "\"")
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(bytes);
    }

    /** One e-mail: the message first, then each attachment stored as its child (see GET /api/v1/messages/{id}). */
    private List<StoredDocument> storeMessage(RawInput in) {
        var message = messages.store(in.content(), in.fileName(), in.receivedBy());
        List<StoredDocument> out = new ArrayList<>(List.of(message.message()));
        out.addAll(message.attachments());
        return out;
    }

    private static URI location(DocumentId id) {
        return URI.create("/api/v1/documents/" + id);
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded part " + f.getOriginalFilename(), e);
        }
    }
}
