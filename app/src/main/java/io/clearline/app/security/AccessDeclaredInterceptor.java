package io.clearline.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: an {@code /api} endpoint whose method (or class) declares no
 * {@code @PreAuthorize} rule is refused for everyone, so a forgotten annotation fails closed.
 */
public class AccessDeclaredInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessDeclaredInterceptor.class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && !declaresAccess(method)) {
            log.error("{} declares no access rule (@PreAuthorize); refused", method.getShortLogMessage());
            throw new AccessDeniedException("endpoint declares no access rule");
        }
        return true;
    }

    public static boolean declaresAccess(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
    }
}
