package org.anonscript.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.anonscript.diff.DiffRenderer;
import org.anonscript.diff.TagDiff;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomReader;
import org.anonscript.eval.FileEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anonscript diff A B}: the tag diff of two DICOM files, as {@code run --dry-run} shows it. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows the elements that differ between two DICOM files (path, keyword, before, after).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the data sets are equal", "1:they differ", "2:usage error or a file cannot be read"})
public final class DiffCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @Option(names = "--color", defaultValue = "auto", description = "auto (when the output is a terminal), always or never")
    RunCommand.Color color;

    @Option(names = "--meta", description = "compare the file meta information (group 0002) too")
    boolean meta;

    @Parameters(index = "0", paramLabel = "A", description = "the file before")
    Path before;

    @Parameters(index = "1", paramLabel = "B", description = "the file after")
    Path after;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DicomFile a;
        DicomFile b;
        try {
            a = new DicomReader().read(before);
            b = new DicomReader().read(after);
        } catch (IOException | RuntimeException e) {
            err.println("anonscript diff: " + e.getMessage());
            err.flush();
            return 2;
        }
        TagDiff diff = meta ? TagDiff.between(FileEvaluation.combined(a), FileEvaluation.combined(b))
                : TagDiff.between(a.dataset(), b.dataset());
        if (format == RunCommand.Format.json) {
            out.println(DiffRenderer.pretty(DiffRenderer.json(diff)));
        } else {
            boolean colored = color == RunCommand.Color.always || (color == RunCommand.Color.auto
                    && System.console() != null && !"dumb".equals(System.getenv("TERM")));
            DiffRenderer.lines(diff, colored).forEach(out::println);
            out.println(diff.changes().size() + (diff.changes().size() == 1 ? " difference" : " differences"));
        }
        out.flush();
        return diff.isEmpty() ? 0 : 1;
    }
}
