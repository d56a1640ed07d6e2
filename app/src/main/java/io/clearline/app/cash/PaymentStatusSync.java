package io.clearline.app.cash;

import io.clearline.core.PaymentId;
import io.clearline.extraction.payments.PaymentStatus;
import io.clearline.extraction.payments.Payments;
import io.clearline.matching.application.CashApplied;
import io.clearline.matching.application.CashReversed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the imported payment's status in step with cash application: matching owns the application,
 * extraction owns the payment, and the app (which may see both) ties them together. The events are
 * published inside the applying transaction, so the flag commits or rolls back with the application.
 */
@Component
class PaymentStatusSync {

    private final Payments payments;

    PaymentStatusSync(Payments payments) {
        this.payments = payments;
    }

    @EventListener
    void on(CashApplied applied) {
        payments.markStatus(new PaymentId(applied.paymentId()), PaymentStatus.APPLIED);
    }

    @EventListener
    void on(CashReversed reversed) {
        payments.markStatus(new PaymentId(reversed.paymentId()), PaymentStatus.UNAPPLIED);
    }
}
