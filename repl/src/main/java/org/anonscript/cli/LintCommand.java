package org.anonscript.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.config.ConfigException;
import org.anonscript.config.ConfigLoader;
import org.anonscript.config.ProjectConfig;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.LintResult;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.Severity;
import org.anonscript.cli.lint.LintedFile;
import org.anonscript.cli.lint.OutputFormat;
import org.anonscript.cli.lint.ScriptFiles;
import org.anonscript.cli.lint.ScriptReader;
import org.anonscript.script.Dialect;
import org.anonscript.script.SourceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anonscript lint}: parse and analyze scripts, print the diagnostics in one of four formats. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks DicomEdit scripts and reports problems with their exact positions.",
            "Scripts are read as UTF-8; invalid bytes are replaced by U+FFFD and a note naming the file is"
                    + " printed on standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing reached the --fail-on level",
            "1:at least one diagnostic reached the --fail-on level",
            "2:usage error, a file or folder could not be read, or an internal error"})
public final class LintCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int TROUBLE = 2;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json, sarif or github (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "auto", converter = DialectConverter.class,
            description = "auto (from the version line), 4 or 6 (default: ${DEFAULT-VALUE})")
    DialectChoice dialect;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = FailOnConverter.class,
            description = "error or warning: the lowest severity that makes the exit code 1 (default: ${DEFAULT-VALUE})")
    Severity failOn;

    @Option(names = "--var", paramLabel = "NAME=VALUE",
            description = "binds an external variable (repeatable); its name then counts as supplied")
    Map<String, String> variables = new LinkedHashMap<>();

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "script files, and folders to search recursively for *.das files")
    List<Path> paths;

    @Override
    public Integer call() {
        validateVariables();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        ScriptFiles.Expansion expansion = ScriptFiles.expand(paths);
        List<String> problems = new ArrayList<>();
        for (String problem : expansion.problems()) {
            problems.add("cannot read " + problem);
        }
        for (String note : expansion.notes()) {
            err.println("anonscript lint: note: " + note);
        }
        AnalysisOptions options = options();
        List<LintedFile> linted = new ArrayList<>();
        for (Path file : expansion.files()) {
            try {
                ProjectConfig config = ConfigLoader.forScript(file);
                linted.add(lint(file.toString(), ScriptReader.read(file), withConfig(options, config), config, err));
            } catch (ConfigException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add("cannot read " + file + ": " + ScriptFiles.describe(e));
            } catch (RuntimeException e) {
                // the front end promises never to throw; if it does, say which file and go on with the others
                problems.add("internal error while linting " + file + ": " + e);
            }
        }

        out.print(format.renderer(version()).render(linted));
        out.flush();
        for (String problem : problems) {
            err.println("anonscript lint: " + problem);
        }
        err.flush();
        return exitCode(linted, problems);
    }

    /**
     * The options for one file: the nearest .anonscript.json's dialect, bindings and severities, with the
     * command line's --dialect and --var on top.
     */
    private AnalysisOptions withConfig(AnalysisOptions cli, ProjectConfig config) {
        java.util.Set<String> bound = new java.util.HashSet<>(cli.boundVariables());
        bound.addAll(config.bindings().keySet());
        return new AnalysisOptions(cli.dialect().or(config::dialect), bound, cli.strict(), config.severities(),
                cli.includeEnabled());
    }

    private LintedFile lint(String name, ScriptReader.Script script, AnalysisOptions options, ProjectConfig config,
            PrintWriter err) {
        if (script.malformed()) {
            err.println("anonscript lint: note: " + name + " is not valid UTF-8; invalid bytes were replaced by U+FFFD");
        }
        LintResult result = Linter.lint(script.text(), options);
        return new LintedFile(name, new SourceText(script.text()), config.filter(result.diagnostics()));
    }

    private int exitCode(List<LintedFile> linted, List<String> problems) {
        if (!problems.isEmpty()) {
            return TROUBLE;
        }
        for (LintedFile file : linted) {
            for (Diagnostic d : file.diagnostics()) {
                if (d.severity().atLeast(failOn)) {
                    return FINDINGS;
                }
            }
        }
        return OK;
    }

    private AnalysisOptions options() {
        AnalysisOptions options = AnalysisOptions.defaults().withBoundVariables(variables.keySet());
        return dialect.forced().map(options::withDialect).orElse(options);
    }

    private void validateVariables() {
        for (String name : variables.keySet()) {
            if (!NAME.matcher(name).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid variable name '" + name + "' in --var: use letters, digits and _ (not first a digit)");
            }
        }
    }

    private static String version() {
        return new VersionProvider().getVersion()[0].replaceFirst("^anonscript ", "");
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("expected text, json, sarif or github but was '" + value + "'");
        }
    }

    /** {@code --dialect}: detect from the version line, or force one. */
    enum DialectChoice {
        AUTO(Optional.empty()),
        DE4(Optional.of(Dialect.DE4)),
        DE6(Optional.of(Dialect.DE6));

        private final Optional<Dialect> forced;

        DialectChoice(Optional<Dialect> forced) {
            this.forced = forced;
        }

        Optional<Dialect> forced() {
            return forced;
        }
    }

    static final class DialectConverter implements CommandLine.ITypeConverter<DialectChoice> {
        @Override
        public DialectChoice convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "auto":
                    return DialectChoice.AUTO;
                case "4":
                    return DialectChoice.DE4;
                case "6":
                    return DialectChoice.DE6;
                default:
                    throw new CommandLine.TypeConversionException("expected auto, 4 or 6 but was '" + value + "'");
            }
        }
    }

    static final class FailOnConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "error":
                    return Severity.ERROR;
                case "warning":
                    return Severity.WARNING;
                default:
                    throw new CommandLine.TypeConversionException("expected error or warning but was '" + value + "'");
            }
        }
    }
}
