package io.clearline.app.apikeys;

import io.clearline.app.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API keys for machine clients: an admin creates one (its secret is shown once), lists them, revokes one. */
@Tag(name = "API keys")
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    record NewKey(@NotBlank @Size(max = 100) String name, @NotEmpty List<@NotBlank String> scopes) {
    }

    /** A key as listed: never the secret. */
    record KeyView(UUID id, String name, String prefix, Set<String> scopes, String createdBy, Instant createdAt,
            String revokedBy, Instant revokedAt, boolean active) {

        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.name(), k.prefix(),
                    k.scopes().stream().map(ApiScope::value).collect(Collectors.toCollection(TreeSet::new)),
                    k.createdBy(), k.createdAt(), k.revokedBy(), k.revokedAt(), k.active());
        }
    }

    /** The response to a creation: the only time the secret {@code key} is shown. */
    record CreatedKey(UUID id, String name, String prefix, Set<String> scopes, Instant createdAt, String key) {
    }

    @Operation(summary = "Create an API key (ADMIN); the response shows the secret key once")
    @PostMapping
    @PreAuthorize(Access.ADMIN)
    ResponseEntity<CreatedKey> create(@Valid @RequestBody NewKey request, Authentication admin) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String s : request.scopes()) {
            scopes.add(ApiScope.parse(s).orElseThrow(() -> new UnknownScope(s)));
        }
        IssuedApiKey issued = keys.create(request.name().trim(), scopes, admin.getName());
        KeyView view = KeyView.of(issued.key());
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + view.id()))
                .cacheControl(CacheControl.noStore())
                .body(new CreatedKey(view.id(), view.name(), view.prefix(), view.scopes(), view.createdAt(),
                        issued.secret()));
    }

    @Operation(summary = "List API keys (ADMIN), without secrets")
    @GetMapping
    @PreAuthorize(Access.ADMIN)
    List<KeyView> list() {
        return keys.list().stream().map(KeyView::of).toList();
    }

    @Operation(summary = "One API key (ADMIN), without its secret")
    @GetMapping("/{id}")
    @PreAuthorize(Access.ADMIN)
    KeyView get(@PathVariable UUID id) {
        return keys.find(id).map(KeyView::of).orElseThrow(() -> new ApiKeyNotFound(id));
    }

    @Operation(summary = "Revoke an API key (ADMIN); requests with it get 401 from now on")
    @DeleteMapping("/{id}")
    @PreAuthorize(Access.ADMIN)
    ResponseEntity<Void> revoke(@PathVariable UUID id, Authentication admin) {
        keys.revoke(id, admin.getName());
        return ResponseEntity.noContent().build();
    }
}
