package io.clearline.matching.batch;

/** A row the batch could not use, with where it is: reported, then the rest of the file goes on. */
public record Problem(String file, long line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
