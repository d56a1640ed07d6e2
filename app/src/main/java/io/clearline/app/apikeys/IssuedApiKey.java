package io.clearline.app.apikeys;

/** A new key together with its secret, which exists only in this value and the response that shows it once. */
public record IssuedApiKey(ApiKey key, String secret) {
}
