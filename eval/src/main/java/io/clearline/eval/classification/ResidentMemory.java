package io.clearline.eval.classification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory from /proc/self/status (Linux), or -1 elsewhere. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long bytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024; // reported in kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the caller falls back to an estimate
        }
        return -1;
    }
}
