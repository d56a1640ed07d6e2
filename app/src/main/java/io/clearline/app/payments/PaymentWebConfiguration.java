package io.clearline.app.payments;

import io.clearline.app.problems.ProblemMapping;
import io.clearline.app.problems.ProblemType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** How payment-file outcomes and lookups look to API clients. */
@Configuration(proxyBeanMethods = false)
class PaymentWebConfiguration {

    static final ProblemType PAYMENT_FILE_REJECTED =
            ProblemType.of("payment-file-rejected", "Payment file rejected", HttpStatus.UNPROCESSABLE_CONTENT);

    @Bean
    ProblemMapping paymentFileRejected() {
        return ProblemMapping.of(PaymentFileRejected.class, e -> {
            PaymentFileView file = e.rejected().file();
            ProblemDetail p = PAYMENT_FILE_REJECTED.problem(e.getMessage());
            p.setProperty("fileId", file.id());
            if (file.fileName() != null) {
                p.setProperty("fileName", file.fileName());
            }
            p.setProperty("format", file.format());
            p.setProperty("reason", file.reason());
            p.setProperty("files", e.files());
            return p;
        });
    }

    @Bean
    ProblemMapping paymentNotFound() {
        return ProblemMapping.of(PaymentNotFound.class, ProblemType.NOT_FOUND, Throwable::getMessage);
    }
}
