package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.problems.ProblemMapping;
import io.clearline.app.problems.ProblemType;
import io.clearline.app.security.Access;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Failures inside the service: a mapped module exception, an unexpected one, an endpoint without an
 * access rule. The failing endpoints ({@link Failing}) are part of every {@link ServiceTest} context,
 * so all share one context.
 */
class ProblemsTest extends ServiceTest {

    static class DecisionRefused extends RuntimeException {
        DecisionRefused(String message) {
            super(message);
        }
    }

    static class ProposalAlreadyDecided extends DecisionRefused {
        ProposalAlreadyDecided() {
            super("proposal 42 was approved already");
        }
    }

    static class SpecificProposalAlreadyDecided extends ProposalAlreadyDecided {
    }

    @TestConfiguration
    @RestController
    static class Failing {

        @GetMapping("/api/v1/test/unexpected")
        @PreAuthorize(Access.AUTHENTICATED)
        String unexpected() {
            throw new IllegalStateException("connection to secret-host:5432 refused");
        }

        @GetMapping("/api/v1/test/mapped")
        @PreAuthorize(Access.AUTHENTICATED)
        String mapped() {
            throw new SpecificProposalAlreadyDecided();
        }

        @GetMapping("/api/v1/test/undeclared")
        String undeclared() {
            return "should never be served";
        }

        @Bean
        ProblemMapping proposalAlreadyDecided() {
            return ProblemMapping.of(ProposalAlreadyDecided.class,
                    ProblemType.of("proposal-already-decided", "Proposal already decided", HttpStatus.CONFLICT),
                    Throwable::getMessage);
        }

        @Bean
        ProblemMapping decisionRefused() {
            // less specific than the one above: must not win
            return ProblemMapping.of(DecisionRefused.class, ProblemType.CONFLICT, e -> "generic");
        }
    }

    @Test
    void anUnexpectedFailureIsA500ThatTellsNothing() {
        Http analyst = loggedIn("analyst", "analyst-demo");
        JsonNode problem = assertProblem(analyst.get("/api/v1/test/unexpected"), 500, "internal-error");
        assertThat(problem.toString()).doesNotContain("secret-host", "IllegalState");
    }

    @Test
    void modulesMapTheirExceptionsWithABeanAndTheMostSpecificMappingWins() {
        Http analyst = loggedIn("analyst", "analyst-demo");
        JsonNode problem = assertProblem(analyst.get("/api/v1/test/mapped"), 409, "proposal-already-decided");
        assertThat(problem.get("detail").asString()).isEqualTo("proposal 42 was approved already");
    }

    @Test
    void anEndpointWithoutAnAccessRuleIsRefusedEvenForAdmins() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        assertProblem(admin.get("/api/v1/test/undeclared"), 403, "access-denied");
    }
}
