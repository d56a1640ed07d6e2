package io.clearline.app.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (rejected by the servlet container or the firewall: a
 * malformed URL, a broken request line) end at {@code /error}; they are problems as well, with no
 * exception text.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*"})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
                ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemType type = switch (status) {
            case BAD_REQUEST -> ProblemType.MALFORMED_REQUEST;
            case UNAUTHORIZED -> ProblemType.AUTHENTICATION_REQUIRED;
            case FORBIDDEN -> ProblemType.ACCESS_DENIED;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONTENT_TOO_LARGE -> ProblemType.DOCUMENT_TOO_LARGE;
            case INTERNAL_SERVER_ERROR -> ProblemType.INTERNAL_ERROR;
            default -> ProblemType.of("http-" + status.value(), status.getReasonPhrase(), status);
        };
        ProblemDetail problem = type.problem(status.is5xxServerError()
                ? "the request failed on the server; the log has the cause" : "the request was refused");
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                problem.setInstance(new URI(null, null, path, null)); // quotes what a URI may not contain
            } catch (URISyntaxException e) {
                // leave the instance out rather than fail while reporting a failure
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
