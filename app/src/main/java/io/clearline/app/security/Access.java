package io.clearline.app.security;

/**
 * The access rules endpoints declare with {@code @PreAuthorize(Access.X)}: a person's role (with
 * the hierarchy ADMIN > SUPERVISOR > ANALYST) or an API key's scope ({@code SCOPE_<scope>}).
 * An {@code /api} endpoint that declares none is refused (see {@link AccessDeclaredInterceptor}).
 */
public final class Access {

    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String SUPERVISOR = "hasRole('SUPERVISOR')";
    public static final String ANALYST = "hasRole('ANALYST')";
    public static final String AUDIT_READ = "hasRole('SUPERVISOR') or hasAuthority('SCOPE_audit:read')";
    public static final String AUTHENTICATED = "isAuthenticated()";
    public static final String DOCUMENTS_WRITE = "hasRole('ANALYST') or hasAuthority('SCOPE_documents:write')";
    public static final String DOCUMENTS_READ = "hasRole('ANALYST') or hasAuthority('SCOPE_documents:read')";
    public static final String PAYMENTS_WRITE = "hasRole('ANALYST') or hasAuthority('SCOPE_payments:write')";
    public static final String PAYMENTS_READ =
            "hasRole('ANALYST') or hasAuthority('SCOPE_payments:read') or hasAuthority('SCOPE_payments:write')";
    public static final String CLASSIFY = "hasAuthority('SCOPE_classify') or hasRole('ANALYST')";

    private Access() {
    }
}
