package io.clearline.app.apikeys;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A requested scope that does not exist. */
public class UnknownScope extends RuntimeException {

    public UnknownScope(String scope) {
        super("unknown scope '" + scope + "'; known scopes: "
                + Arrays.stream(ApiScope.values()).map(ApiScope::value).collect(Collectors.joining(", ")),
                null, false, false);
    }
}
