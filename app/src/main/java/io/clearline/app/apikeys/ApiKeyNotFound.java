package io.clearline.app.apikeys;

import java.util.UUID;

/** No API key has this id. */
public class ApiKeyNotFound extends RuntimeException {

    public ApiKeyNotFound(UUID id) {
        super("no API key " + id, null, false, false);
    }
}
