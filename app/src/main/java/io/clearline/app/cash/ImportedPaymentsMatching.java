package io.clearline.app.cash;

import io.clearline.core.PaymentId;
import io.clearline.extraction.payments.Payments;
import io.clearline.extraction.payments.PaymentsImported;
import io.clearline.matching.application.CashApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Matches every payment of an accepted payment file once the import has committed, so a sure match is
 * applied without anyone asking. The app wires this because extraction and matching must not know each
 * other. A payment that cannot be matched is logged and stays unapplied (the import stands): it can be
 * matched again with {@code POST /api/v1/payments/{id}/match}.
 */
@Component
class ImportedPaymentsMatching {

    private static final Logger log = LoggerFactory.getLogger(ImportedPaymentsMatching.class);

    private final CashApplication cash;
    private final Payments payments;

    ImportedPaymentsMatching(CashApplication cash, Payments payments) {
        this.cash = cash;
        this.payments = payments;
    }

    @TransactionalEventListener
    void on(PaymentsImported imported) {
        for (PaymentId id : imported.paymentIds()) {
            try {
                payments.find(id).ifPresent(cash::match);
            } catch (RuntimeException e) {
                log.warn("payment {} of file {} could not be matched: {}", id, imported.fileId(), e.toString());
            }
        }
    }
}
