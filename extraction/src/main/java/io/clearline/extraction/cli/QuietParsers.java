package io.clearline.extraction.cli;

import org.slf4j.LoggerFactory;

/**
 * PDFBox and Tika log a warning for every repair they make to a damaged file; in a batch command
 * those drown the one line per document that matters, and the outcome is recorded anyway.
 */
public final class QuietParsers {

    private QuietParsers() {
    }

    public static void apply() {
        for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.tika", "org.apache.poi"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.OFF);
            }
        }
    }
}
