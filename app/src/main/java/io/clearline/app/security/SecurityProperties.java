package io.clearline.app.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * People and logins ({@code clearline.security.*}).
 *
 * @param adminUsername the first admin's user name, default {@code admin}
 * @param adminPassword the first admin's password ({@code CLEARLINE_ADMIN_PASSWORD}); when empty a
 *                      random one is generated at first start and logged once
 * @param demoUsers     create the demo users {@code analyst} and {@code supervisor} with documented
 *                      passwords; unset = only on the embedded database
 */
@Validated
@ConfigurationProperties("clearline.security")
public record SecurityProperties(@NotBlank String adminUsername, String adminPassword, Boolean demoUsers) {

    public SecurityProperties {
        adminUsername = adminUsername == null ? "admin" : adminUsername;
    }
}
