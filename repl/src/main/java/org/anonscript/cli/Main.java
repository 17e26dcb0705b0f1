package org.anonscript.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code anonscript} command: subcommands are registered here; each lives in its own class. */
@Command(
        name = "anonscript",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "IDE tooling for DicomEdit de-identification scripts.")
public final class Main implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    private static final List<String> SUBCOMMANDS = List.of("lint", "run", "diff", "dump", "lsp", "repl", "help");

    /** A new instance of one subcommand (a switch, not reflection or lambdas: this is on the start-up path). */
    private static Object subcommand(String name) {
        return switch (name) {
            case "lint" -> new LintCommand();
            case "run" -> new RunCommand();
            case "diff" -> new DiffCommand();
            case "dump" -> new DumpCommand();
            case "lsp" -> new LspCommand();
            case "repl" -> new ReplCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: scripts and messages may quote non-ASCII text
        CommandLine commandLine = commandLineFor(args)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** Runs the command line and returns the exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        for (String name : SUBCOMMANDS) {
            commandLine.addSubcommand(subcommand(name));
        }
        return commandLine;
    }

    /**
     * When the first argument names a subcommand (not help), only that one is built: picocli reads every
     * registered command's annotations up front, and a cold {@code lint} should not pay for the others.
     */
    static CommandLine commandLineFor(String... args) {
        if (args.length == 0 || args[0].equals("help") || !SUBCOMMANDS.contains(args[0])) {
            return commandLine();
        }
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addSubcommand(subcommand(args[0]));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
