package io.clearline.app.classification;

import io.clearline.app.problems.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses classification requests whose body is over {@code clearline.classification-api.max-request-size}
 * with a 413 problem, from the announced {@code Content-Length}, before anything is read or parsed.
 * A chunked body without a length is cut off at the limit instead (the JSON then cannot be read: 400).
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    static final String PATH = "/api/v1/classifications";

    private final long limit;
    private final ProblemResponses problems;

    RequestSizeLimit(ClassificationApiProperties properties, ProblemResponses problems) {
        this.limit = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            problems.write(request, response, ClassificationProblems.TOO_LARGE.problem("the request body of " + length
                    + " bytes is over the limit of " + limit + " bytes; send fewer or shorter texts per call"));
            return;
        }
        chain.doFilter(length < 0 ? new Bounded(request, limit) : request, response);
    }

    /** A request whose body stream ends (with an error) after {@code limit} bytes. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private long left;

        BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("request body over the limit");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new IOException("request body over the limit");
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
