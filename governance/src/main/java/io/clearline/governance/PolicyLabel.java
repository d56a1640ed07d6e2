package io.clearline.governance;

/** How a policy version is named in the audit log: {@code kind@vN}, or {@code kind@default} without one. */
final class PolicyLabel {

    private PolicyLabel() {
    }

    static String of(String kind, Integer version) {
        return version == null ? kind + "@default" : kind + "@v" + version;
    }
}
