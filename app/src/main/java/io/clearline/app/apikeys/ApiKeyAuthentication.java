package io.clearline.app.apikeys;

import java.util.stream.Collectors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API key: its name is {@code api-key:<key name>}, its authorities the key's scopes. */
public class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKey key;

    public ApiKeyAuthentication(ApiKey key) {
        super(key.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).collect(Collectors.toSet()));
        this.key = key;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null; // the secret is not kept after the lookup
    }

    @Override
    public Object getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return "api-key:" + key.name();
    }

    public ApiKey key() {
        return key;
    }
}
