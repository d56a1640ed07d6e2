package io.clearline.app.cli;

import io.clearline.app.database.EarlyEmbeddedDatabase;
import io.clearline.extraction.payments.PaymentFile;
import io.clearline.extraction.payments.PaymentFileIntake;
import io.clearline.extraction.payments.PaymentImport;
import io.clearline.governance.Actor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./clearline import-payments [--property=value...] FILE...}: imports payment files into the
 * database the service uses (same configuration: embedded by default, {@code CLEARLINE_DATABASE_URL}
 * otherwise), without starting the web server. Prints one line per file; exit code 0 when every file
 * was accepted, 1 when any was rejected, 2 on usage errors, 3 when the service could not start.
 * While the service runs on its embedded PostgreSQL, the command uses that server.
 * {@code --name=value} arguments are Spring properties, e.g.
 * {@code --clearline.payments.reject-on-totals-mismatch=false}.
 */
public final class ImportPaymentsCommand {

    static final String USAGE = "usage: ./clearline import-payments [--property=value...] FILE...";

    private ImportPaymentsCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> properties = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                properties.add(arg);
            } else if (arg.startsWith("-")) {
                err.println(USAGE);
                return 2;
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        for (Path p : paths) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                err.println(p + ": not a readable file");
                return 2;
            }
        }
        ConfigurableApplicationContext context;
        try {
            context = start(properties);
        } catch (RuntimeException e) {
            err.println("import-payments: could not start: " + e.getMessage());
            return 3;
        }
        try (context) {
            PaymentFileIntake intake = context.getBean(PaymentFileIntake.class);
            Actor actor = Actor.system("import-payments");
            boolean anyRejected = false;
            for (Path p : paths) {
                PaymentImport outcome = intake.importFile(read(p), p.getFileName().toString(), actor);
                out.println(line(p, outcome));
                outcome.file().warnings().forEach(w -> err.println(p + ": warning: " + w));
                anyRejected |= !outcome.file().accepted();
            }
            return anyRejected ? 1 : 0;
        }
    }

    static String line(Path file, PaymentImport outcome) {
        PaymentFile f = outcome.file();
        String news = outcome.created() ? "new" : "already imported";
        return f.accepted()
                ? file + ": " + f.format() + " ACCEPTED " + f.paymentCount() + " payments (" + news + ")"
                        + (outcome.seenBefore().isEmpty() ? "" : ", " + outcome.seenBefore().size()
                        + " imported before from another file (linked, not stored again)")
                : file + ": " + f.format() + " REJECTED: " + f.reason();
    }

    /** The service's configuration and database, without the web layer; quiet unless something is wrong. */
    private static ConfigurableApplicationContext start(List<String> properties) {
        return new SpringApplicationBuilder(PaymentImportContext.class)
                .web(WebApplicationType.NONE)
                .initializers(new RunningEmbeddedDatabase(), new EarlyEmbeddedDatabase())
                .logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN", "logging.level.org.flywaydb", "ERROR"))
                .run(properties.toArray(String[]::new));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": could not be read", e);
        }
    }
}
