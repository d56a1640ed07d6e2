package io.clearline.app.apikeys;

/** An active key already has this name. */
public class ApiKeyNameTaken extends RuntimeException {

    public ApiKeyNameTaken(String name) {
        super("an active API key is already named '" + name + "'", null, false, false);
    }
}
