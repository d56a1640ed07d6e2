package io.clearline.app.apikeys;

import io.clearline.app.problems.ProblemMapping;
import io.clearline.app.problems.ProblemType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How API key errors appear to clients. */
@Configuration(proxyBeanMethods = false)
class ApiKeyProblems {

    @Bean
    ProblemMapping apiKeyNotFound() {
        return ProblemMapping.of(ApiKeyNotFound.class, ProblemType.NOT_FOUND, Throwable::getMessage);
    }

    @Bean
    ProblemMapping apiKeyNameTaken() {
        return ProblemMapping.of(ApiKeyNameTaken.class, ProblemType.CONFLICT, Throwable::getMessage);
    }

    @Bean
    ProblemMapping unknownScope() {
        return ProblemMapping.of(UnknownScope.class, ProblemType.INVALID_REQUEST, Throwable::getMessage);
    }
}
