package org.anonscript.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code anonscript} command: subcommands are registered here; each lives in its own class. */
@Command(
        name = "anonscript",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "IDE tooling for DicomEdit de-identification scripts.",
        subcommands = {LintCommand.class, RunCommand.class, DiffCommand.class, DumpCommand.class, ReplCommand.class,
            LspCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: scripts and messages may quote non-ASCII text
        CommandLine commandLine = commandLine()
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** Runs the command line and returns the exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
