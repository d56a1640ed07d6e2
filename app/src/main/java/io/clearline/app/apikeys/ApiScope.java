package io.clearline.app.apikeys;

import java.util.Arrays;
import java.util.Optional;

/** What a machine client's API key allows. Endpoints check {@code hasAuthority('SCOPE_<value>')}. */
public enum ApiScope {
    DOCUMENTS_READ("documents:read"),
    DOCUMENTS_WRITE("documents:write"),
    CLASSIFY("classify"),
    PAYMENTS_READ("payments:read"),
    PAYMENTS_WRITE("payments:write"),
    AUDIT_READ("audit:read"),
    METRICS_READ("metrics:read");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
