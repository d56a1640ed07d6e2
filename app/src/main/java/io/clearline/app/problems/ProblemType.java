package io.clearline.app.problems;

import java.net.URI;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A kind of API error with a stable {@code type} URI (RFC 9457). Clients switch on the type, not on
 * the title or detail text. Modules add their own types with {@link #of}.
 */
public record ProblemType(String slug, String title, HttpStatus status) {

    public static final String BASE = "https://clearline.io/problems/";

    public static final ProblemType MALFORMED_REQUEST = of("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST);
    public static final ProblemType MALFORMED_MULTIPART = of("malformed-multipart", "Malformed multipart upload", HttpStatus.BAD_REQUEST);
    public static final ProblemType INVALID_REQUEST = of("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST);
    public static final ProblemType AUTHENTICATION_REQUIRED = of("authentication-required", "Authentication required", HttpStatus.UNAUTHORIZED);
    public static final ProblemType INVALID_API_KEY = of("invalid-api-key", "Invalid or revoked API key", HttpStatus.UNAUTHORIZED);
    public static final ProblemType BAD_CREDENTIALS = of("bad-credentials", "Wrong user name or password", HttpStatus.UNAUTHORIZED);
    public static final ProblemType ACCESS_DENIED = of("access-denied", "Access denied", HttpStatus.FORBIDDEN);
    public static final ProblemType CSRF_TOKEN_INVALID = of("csrf-token-invalid", "Missing or invalid CSRF token", HttpStatus.FORBIDDEN);
    public static final ProblemType NOT_FOUND = of("not-found", "Not found", HttpStatus.NOT_FOUND);
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED);
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE);
    public static final ProblemType CONFLICT = of("conflict", "Conflict", HttpStatus.CONFLICT);
    public static final ProblemType DOCUMENT_TOO_LARGE = of("document-too-large", "Document too large", HttpStatus.CONTENT_TOO_LARGE);
    public static final ProblemType UNSUPPORTED_REQUEST_TYPE = of("unsupported-request-type", "Unsupported request content type", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    public static final ProblemType UNSUPPORTED_DOCUMENT_TYPE = of("unsupported-document-type", "Unsupported document type", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    public static final ProblemType EMPTY_DOCUMENT = of("empty-document", "Empty document", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemType INTERNAL_ERROR = of("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    public ProblemType {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }

    public static ProblemType of(String slug, String title, HttpStatus status) {
        return new ProblemType(slug, title, status);
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** A problem of this type; {@code detail} must be safe to show (no exception text from libraries). */
    public ProblemDetail problem(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(uri());
        p.setTitle(title);
        return p;
    }
}
