package io.clearline.extraction.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Tesseract is built with OpenMP on Debian: each recognition would start a thread per core, and our
 * pool already runs one OCR per core, so they would oversubscribe the CPU (parallel OCR collapses).
 * libgomp reads OMP_THREAD_LIMIT once, when it is loaded with libtesseract, so it is set in the
 * process environment before that happens unless the launcher or the operator already set it.
 */
final class NativeEnvironment {

    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private NativeEnvironment() {
    }

    static void limitOpenMpThreads() {
        try {
            Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // not a glibc system: the launcher's OMP_THREAD_LIMIT=1 is then the only guard
        }
    }
}
