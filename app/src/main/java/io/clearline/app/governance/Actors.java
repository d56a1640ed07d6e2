package io.clearline.app.governance;

import io.clearline.app.apikeys.ApiKeyAuthentication;
import io.clearline.governance.Actor;
import org.springframework.security.core.Authentication;

/** Who is calling, as the gateway and the audit log name them: a person, or a machine client's key. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(Authentication authentication) {
        if (authentication instanceof ApiKeyAuthentication key) {
            return Actor.apiClient(key.key().name());
        }
        return Actor.person(authentication.getName());
    }
}
