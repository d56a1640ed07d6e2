package io.clearline.app.cash;

import io.clearline.app.problems.ProblemMapping;
import io.clearline.app.problems.ProblemType;
import io.clearline.matching.application.UnknownCustomer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** How cash-application refusals look to API clients. */
@Configuration(proxyBeanMethods = false)
class CashProblems {

    static final ProblemType UNKNOWN_CUSTOMER =
            ProblemType.of("unknown-customer", "Unknown customer", HttpStatus.UNPROCESSABLE_CONTENT);

    @Bean
    ProblemMapping cashInvalidOpenItems() {
        return ProblemMapping.of(InvalidOpenItems.class, ProblemType.INVALID_REQUEST, Throwable::getMessage);
    }

    @Bean
    ProblemMapping cashUnknownCustomer() {
        return ProblemMapping.of(UnknownCustomer.class, UNKNOWN_CUSTOMER, Throwable::getMessage);
    }

    @Bean
    ProblemMapping cashUnknownPayment() {
        return ProblemMapping.of(UnknownPayment.class, ProblemType.NOT_FOUND, Throwable::getMessage);
    }
}
