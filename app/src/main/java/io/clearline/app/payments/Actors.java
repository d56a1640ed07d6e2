package io.clearline.app.payments;

import io.clearline.app.apikeys.ApiKeyAuthentication;
import io.clearline.governance.Actor;
import org.springframework.security.core.Authentication;

/** Who the audit log names for an API caller: the API key's client, else the logged-in person. */
final class Actors {

    private Actors() {
    }

    static Actor of(Authentication caller) {
        if (caller instanceof ApiKeyAuthentication key) {
            return Actor.apiClient(key.key().name());
        }
        return Actor.person(caller.getName());
    }
}
