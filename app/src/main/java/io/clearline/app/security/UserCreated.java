package io.clearline.app.security;

import java.time.Instant;

/** A person's account was created ({@code createdBy} is {@code system} for the first admin and demo users). */
public record UserCreated(String username, Role role, boolean demo, String createdBy, Instant occurredAt) {
}
