package io.clearline.app.apikeys;

import io.clearline.app.problems.ProblemResponses;
import io.clearline.app.problems.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry an API key, as {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}. An unknown or revoked key ends the request with a 401 problem.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public ApiKeyFilter(ApiKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /** Whether the request presents an API key at all (this decides which filter chain runs). */
    public static boolean presentsKey(HttpServletRequest request) {
        return secret(request).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> secret = secret(request);
        if (secret.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = keys.authenticate(secret.get());
        if (key.isEmpty()) {
            log.info("{} {}: refused an unknown or revoked API key", request.getMethod(), request.getRequestURI());
            problems.write(request, response, ProblemType.INVALID_API_KEY.problem("the API key is unknown or revoked"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(key.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** The key the request presents, if any (also read by the classification fast path). */
    public static Optional<String> secret(HttpServletRequest request) {
        return secret(request.getHeader(HEADER), request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    /** The key given the {@code X-API-Key} and {@code Authorization} header values (also read by the classification listener). */
    public static Optional<String> secret(String header, String authorization) {
        if (header != null && !header.isBlank()) {
            return Optional.of(header.trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).trim());
        }
        return Optional.empty();
    }
}
