package io.clearline.app.governance;

import io.clearline.app.problems.ProblemMapping;
import io.clearline.app.problems.ProblemType;
import io.clearline.governance.GovernanceException;
import io.clearline.governance.InvalidPayload;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The gateway's refusals as problem details: each exception names its own status and stable type
 * ({@code idempotency-conflict} 409, {@code segregation-of-duties} 403, ...), so this is one mapping.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceProblems {

    @Bean
    ProblemMapping governanceRefusals() {
        return ProblemMapping.of(GovernanceException.class, GovernanceProblems::problem);
    }

    static ProblemDetail problem(GovernanceException e) {
        HttpStatus status = HttpStatus.valueOf(e.httpStatus());
        String title = Character.toUpperCase(e.problemType().charAt(0)) + e.problemType().substring(1).replace('-', ' ');
        ProblemDetail problem = ProblemType.of(e.problemType(), title, status).problem(e.getMessage());
        if (e instanceof InvalidPayload invalid) {
            problem.setProperty("errors", invalid.errors());
        }
        return problem;
    }
}
