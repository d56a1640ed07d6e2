package io.clearline.extraction.pipeline;

import io.clearline.extraction.DocumentExtractor;

/** The version recorded with each result, so results of an older extractor can be found and redone. */
final class ExtractorVersion {

    private ExtractorVersion() {
    }

    static String current() {
        String version = DocumentExtractor.class.getPackage().getImplementationVersion();
        return "clearline-extraction/" + (version == null ? "dev" : version);
    }
}
