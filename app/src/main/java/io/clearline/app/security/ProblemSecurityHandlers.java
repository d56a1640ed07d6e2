package io.clearline.app.security;

import io.clearline.app.problems.ProblemResponses;
import io.clearline.app.problems.ProblemType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 from the security filters, as problems (for API and actuator requests). */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
        return (request, response, e) -> problems.write(request, response,
                ProblemType.AUTHENTICATION_REQUIRED.problem("log in or send an API key"));
    }

    static AccessDeniedHandler accessDenied(ProblemResponses problems) {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                problems.write(request, response, ProblemType.CSRF_TOKEN_INVALID.problem(
                        "browser sessions send the CSRF token (see GET /api/v1/me) in the X-CSRF-TOKEN header"));
                return;
            }
            String who = request.getUserPrincipal() == null ? "this client" : "'" + request.getUserPrincipal().getName() + "'";
            problems.write(request, response, ProblemType.ACCESS_DENIED.problem(who + " lacks the role or scope this needs"));
        };
    }
}
