package org.anonscript.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anonscript.cli.repl.JLineRepl;
import org.anonscript.script.Dialect;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anonscript repl}: try statements against loaded DICOM files and see the tag diff. */
@Command(
        name = "repl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Interactive DicomEdit: type a statement to apply it to every loaded file and see the tag diff,",
            "an expression to see its value per file; :help inside lists the commands (:load, :undo, :save, ...)."})
public final class ReplCommand implements java.util.concurrent.Callable<Integer> {

    enum Color { auto, always, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dialect", paramLabel = "4|6", defaultValue = "6",
            description = "DicomEdit 6 (default) or the classic DicomEdit 4")
    String dialect;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "binds an external variable (repeatable), e.g. project=P1")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--history", paramLabel = "FILE",
            description = "the history file (default: .anonscript_history in the home folder)")
    Path history;

    @Option(names = "--no-history", description = "keep no history file")
    boolean noHistory;

    @Option(names = "--color", defaultValue = "auto", description = "auto (colour unless the terminal is dumb), always or never")
    Color color;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*", description = "DICOM files and folders to load")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Dialect d = switch (dialect) {
            case "4" -> Dialect.DE4;
            case "6" -> Dialect.DE6;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--dialect takes 4 or 6, not " + dialect);
        };
        Path historyFile = noHistory ? null
                : history != null ? history : Path.of(System.getProperty("user.home"), ".anonscript_history");
        Boolean colored = switch (color) {
            case always -> Boolean.TRUE;
            case never -> Boolean.FALSE;
            case auto -> null;
        };
        return JLineRepl.runOnSystemTerminal(new JLineRepl.Options(d, variables, inputs, historyFile, colored));
    }
}
