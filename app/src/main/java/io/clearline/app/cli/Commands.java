package io.clearline.app.cli;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;

/**
 * Offline commands of {@code ./clearline} (everything but run, test, build and eval). Each maps to a
 * class in its owning module with {@code public static int run(String[] args)} returning the exit code.
 */
public final class Commands {

    private static final Map<String, String> COMMANDS = Map.of(
            "extract", "io.clearline.extraction.cli.ExtractCommand",
            "match", "io.clearline.matching.batch.MatchCommand",
            "import-payments", "io.clearline.app.cli.ImportPaymentsCommand");

    private Commands() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            System.err.println("unknown command" + (args.length == 0 ? "" : " '" + args[0] + "'")
                    + "; try ./clearline help. Offline commands: " + String.join(", ", COMMANDS.keySet()));
            System.exit(2);
        }
        Class<?> type;
        try {
            type = Class.forName(COMMANDS.get(args[0]));
        } catch (ClassNotFoundException e) {
            System.err.println("command '" + args[0] + "' is not available in this build yet");
            System.exit(2);
            return;
        }
        Method run = type.getMethod("run", String[].class);
        int code = (int) run.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        System.exit(code);
    }
}
