package io.clearline.app.governance;

import io.clearline.app.security.Access;
import io.clearline.governance.Note;
import io.clearline.governance.Notes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notes attached to a subject; they are written only through a {@code note.attach} proposal. */
@Tag(name = "Governance")
@RestController
@RequestMapping("/api/v1/notes")
class NoteController {

    private final Notes notes;

    NoteController(Notes notes) {
        this.notes = notes;
    }

    @Operation(summary = "Notes on a subject, oldest first (e.g. subject=document:<id>)")
    @GetMapping
    @PreAuthorize(Access.ANALYST)
    List<Note> forSubject(@RequestParam String subject) {
        return notes.forSubject(subject);
    }
}
