package io.clearline.app.security;

import java.time.Instant;

/** Someone tried to log in with a wrong user name or password. */
public record LoginFailed(String username, String reason, Instant occurredAt) {
}
