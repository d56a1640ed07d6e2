package io.clearline.app.problems;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as an RFC 9457 problem with a stable type. Spring MVC's own exceptions get
 * Clearline types; module exceptions come in through {@link ProblemMapping} beans; anything else is
 * a 500 whose body says nothing about the cause (the log has it).
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final List<ProblemMapping> mappings;

    public ApiProblems(List<ProblemMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        log.debug("malformed multipart request: {}", e.getMessage());
        return respond(ProblemType.MALFORMED_MULTIPART.problem(
                "the multipart/form-data body could not be read; send each file as a part named 'file'"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return respond(ProblemType.AUTHENTICATION_REQUIRED.problem("log in or send an API key"));
        }
        return respond(ProblemType.ACCESS_DENIED.problem("'" + auth.getName() + "' lacks the role or scope this needs"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> authentication(AuthenticationException e) {
        return respond(ProblemType.AUTHENTICATION_REQUIRED.problem("log in or send an API key"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) {
        Optional<ProblemMapping> mapping = mappings.stream().filter(m -> m.handles(e))
                .min(Comparator.comparingInt(m -> depth(e.getClass(), m.exception())));
        if (mapping.isPresent()) {
            ProblemDetail p = mapping.get().toProblem().apply(e);
            log.debug("{} {}: {} {}", request.getMethod(), request.getRequestURI(), p.getStatus(), p.getDetail());
            return respond(p);
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return respond(ProblemType.INTERNAL_ERROR.problem("the request failed on the server; the log has the cause"));
    }

    /** Gives Spring MVC's standard problems (400, 404, 405, 413, 415, ...) Clearline's types. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse error) {
            body = error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail p) {
            ProblemType type = typeOf(ex, status);
            p.setType(type.uri());
            p.setTitle(type.title());
            if (ex instanceof MaxUploadSizeExceededException tooLarge) {
                long limit = tooLarge.getMaxUploadSize();
                p.setDetail("the upload is over the size limit" + (limit > 0 ? " of " + limit + " bytes" : ""));
            }
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    private static ProblemType typeOf(Exception ex, HttpStatusCode status) {
        if (ex instanceof MaxUploadSizeExceededException) {
            return ProblemType.DOCUMENT_TOO_LARGE;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ProblemType.UNSUPPORTED_REQUEST_TYPE;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ProblemType.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return ProblemType.NOT_ACCEPTABLE;
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return ProblemType.NOT_FOUND;
        }
        if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
            return ProblemType.INVALID_REQUEST;
        }
        HttpStatus s = HttpStatus.resolve(status.value());
        if (s == HttpStatus.BAD_REQUEST) {
            return ProblemType.MALFORMED_REQUEST;
        }
        if (s == null) {
            return ProblemType.INTERNAL_ERROR;
        }
        return ProblemType.of("http-" + s.value(), s.getReasonPhrase(), s);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** How many superclass steps from {@code type} up to {@code ancestor}: fewer is more specific. */
    private static int depth(Class<?> type, Class<?> ancestor) {
        int d = 0;
        for (Class<?> c = type; c != null && !c.equals(ancestor); c = c.getSuperclass()) {
            d++;
        }
        return d;
    }
}
