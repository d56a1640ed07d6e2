package io.clearline.matching.application;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Cash application with Boot's DataSource, Flyway and transactions and the governance gateway; no web, no app. */
@EnableAutoConfiguration
@Import({CashApplication.class, OpenItemRows.class, LearnedPayers.class, ApplyCashHandler.class, ReverseCashHandler.class})
class CashTestApp {
}
