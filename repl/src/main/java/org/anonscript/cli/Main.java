package org.anonscript.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code anonscript} command: subcommands are registered here; each lives in its own class. */
@Command(
        name = "anonscript",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "IDE tooling for DicomEdit de-identification scripts.",
        subcommands = {CommandLine.HelpCommand.class, DumpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
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
