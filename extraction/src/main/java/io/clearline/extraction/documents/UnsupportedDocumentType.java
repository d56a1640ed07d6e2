package io.clearline.extraction.documents;

import java.util.List;

/** An input whose content is of a type Clearline does not handle (an executable, an archive, ...). */
public final class UnsupportedDocumentType extends DocumentRejected {

    private final String detectedType;
    private final List<String> acceptedTypes;

    public UnsupportedDocumentType(String fileName, String detectedType, List<String> acceptedTypes) {
        super(fileName, "the content is " + detectedType + ", which Clearline does not handle");
        this.detectedType = detectedType;
        this.acceptedTypes = List.copyOf(acceptedTypes);
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> acceptedTypes() {
        return acceptedTypes;
    }
}
