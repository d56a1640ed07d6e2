package io.clearline.eval;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./clearline eval NAME [ARGS]}: runs {@code io.clearline.eval.<name>.<Name>Eval.run(Path repoRoot,
 * List<String> args)}, which writes {@code eval/reports/<name>.md} and {@code <name>.json} and returns
 * the process exit code.
 */
public final class EvalMain {

    private EvalMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ./clearline eval NAME   (extraction, intake, classification, matching)");
            System.exit(2);
        }
        String name = args[0].toLowerCase(Locale.ROOT);
        String className = "io.clearline.eval." + name + "." + Character.toUpperCase(name.charAt(0))
                + name.substring(1) + "Eval";
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            System.err.println("no evaluation named '" + name + "'");
            System.exit(2);
            return;
        }
        Method run = type.getMethod("run", Path.class, List.class);
        Path root = repositoryRoot();
        Files.createDirectories(root.resolve("eval/reports"));
        int code = (int) run.invoke(null, root, Arrays.asList(args).subList(1, args.length));
        System.exit(code);
    }

    /** The checkout root: the nearest folder upwards holding the launcher. */
    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("clearline"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }
}
