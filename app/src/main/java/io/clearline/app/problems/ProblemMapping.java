package io.clearline.app.problems;

import java.util.Objects;
import java.util.function.Function;
import org.springframework.http.ProblemDetail;

/**
 * Maps an exception of some module to a problem. Declare one as a bean to teach the API's error
 * handling about a new exception without touching {@link ApiProblems}:
 *
 * <pre>{@code
 * @Bean ProblemMapping proposalNotFound() {
 *     return ProblemMapping.of(ProposalNotFound.class, ProblemType.NOT_FOUND, e -> e.getMessage());
 * }
 * }</pre>
 *
 * The most specific exception class wins when several mappings match.
 */
public record ProblemMapping(Class<? extends Throwable> exception, Function<Throwable, ProblemDetail> toProblem) {

    public ProblemMapping {
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(toProblem, "toProblem");
    }

    public static <T extends Throwable> ProblemMapping of(Class<T> exception, ProblemType type,
            Function<? super T, String> detail) {
        return new ProblemMapping(exception, e -> type.problem(detail.apply(exception.cast(e))));
    }

    public static <T extends Throwable> ProblemMapping of(Class<T> exception,
            Function<? super T, ProblemDetail> toProblem) {
        return new ProblemMapping(exception, e -> toProblem.apply(exception.cast(e)));
    }

    boolean handles(Throwable e) {
        return exception.isInstance(e);
    }
}
