package io.clearline.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is calling, and for a browser session the CSRF token its writes must carry. */
@Tag(name = "Session")
@RestController
@RequestMapping("/api/v1/me")
class CurrentUserController {

    record Me(String name, List<String> authorities, Csrf csrf) {
    }

    record Csrf(String headerName, String token) {
    }

    @Operation(summary = "The caller: user or API key, its roles or scopes, and the session's CSRF token")
    @GetMapping
    @PreAuthorize(Access.AUTHENTICATED)
    Me me(Authentication authentication, CsrfToken csrf) {
        return new Me(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(),
                csrf == null ? null : new Csrf(csrf.getHeaderName(), csrf.getToken()));
    }
}
