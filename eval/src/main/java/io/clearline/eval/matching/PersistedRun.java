package io.clearline.eval.matching;

import io.clearline.governance.AuditFilter;
import io.clearline.governance.AuditLog;
import io.clearline.governance.ChainVerification;
import io.clearline.matching.Calibration;
import io.clearline.matching.MatchSettings;
import io.clearline.matching.application.ApplyCashHandler;
import io.clearline.matching.application.CashApplication;
import io.clearline.matching.application.LearnedPayers;
import io.clearline.matching.application.OpenItemRows;
import io.clearline.matching.application.ReverseCashHandler;
import io.clearline.trainingdata.cash.CashWorld;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * batch_seconds: the world's payments through the product's persisted path, on a real (embedded)
 * PostgreSQL: customers and open items stored in {@code matching.*}, then {@link CashApplication#matchAll}
 * (matcher → {@code cash.apply} proposals through the governance gateway → policy → handler writing the
 * applications and open amounts → hash-chained audit log). Only {@code matchAll} is timed; loading the
 * ledger and verifying the chain afterwards are timed separately.
 */
final class PersistedRun {

    record Figures(double batchSeconds, double loadSeconds, CashApplication.BatchOutcome outcome, long auditEvents,
            long matcherProposals, boolean chainIntact, double verifySeconds, double loadAverage) {

        String summary() {
            return String.format(Locale.ROOT, "%,d payments in %.1f s (%.0f/s): %,d applied, %,d queued for a person, "
                    + "%,d failed, %,d rejected, %,d with nothing to apply; %,d audit events (%,d proposals by the "
                    + "matcher), chain %s (verified in %.1f s); ledger load %.1f s; machine load average %.1f on %d "
                    + "cores while it ran", outcome.payments(), batchSeconds,
                    outcome.payments() / batchSeconds, outcome.applied(), outcome.queued(), outcome.failed(),
                    outcome.rejected(), outcome.nothingToApply(), auditEvents, matcherProposals,
                    chainIntact ? "intact" : "BROKEN", verifySeconds, loadSeconds, loadAverage,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** The smallest context around cash application: DataSource, Flyway, transactions, governance, matching. */
    @EnableAutoConfiguration
    @Import({CashApplication.class, OpenItemRows.class, LearnedPayers.class, ApplyCashHandler.class, ReverseCashHandler.class})
    static class CashContext {
    }

    private PersistedRun() {
    }

    static Figures run(CashWorld world) {
        double threshold = Calibration.bundled().autoThreshold().orElse(MatchSettings.defaults().autoThreshold());
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(CashContext.class)
                        .web(WebApplicationType.NONE).logStartupInfo(false)
                        .properties(
                                "spring.main.banner-mode=off",
                                "logging.level.root=WARN",
                                "spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username=postgres",
                                "spring.datasource.password=postgres",
                                "spring.flyway.locations=classpath:db/migration/governance,classpath:db/migration/matching")
                        // the policy as command-line arguments: they outrank an application.yaml on the classpath
                        // (the app's, which lists its own policies), where default properties would not
                        .run("--clearline.governance.policies[0].kind=cash.apply",
                                "--clearline.governance.policies[0].auto-approve-min-confidence=" + threshold)) {
            CashApplication cash = context.getBean(CashApplication.class);
            AuditLog audit = context.getBean(AuditLog.class);
            long t0 = System.nanoTime();
            cash.upsert(world.customers(), world.openItems());
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            CashApplication.BatchOutcome outcome = cash.matchAll(world.payments());
            double batch = (System.nanoTime() - t1) / 1e9;
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long t2 = System.nanoTime();
            ChainVerification chain = audit.verify();
            double verify = (System.nanoTime() - t2) / 1e9;
            long byMatcher = countByActor(audit, CashApplication.MATCHER.id());
            return new Figures(batch, loadSeconds, outcome, chain.eventsChecked(), byMatcher, chain.intact(), verify,
                    load);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for the persisted run", e);
        }
    }

    private static long countByActor(AuditLog audit, String actor) {
        return audit.exportCsv(java.io.Writer.nullWriter(), AuditFilter.actor(actor));
    }
}
