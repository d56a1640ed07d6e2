package io.clearline.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Payload of the {@code note.attach} action: a note for the proposal's subject. */
public record AttachNote(
        @NotBlank @Size(max = 10_000) String text,
        @NotBlank @Size(max = 200) String author) {

    public static final String KIND = "note.attach";
}
