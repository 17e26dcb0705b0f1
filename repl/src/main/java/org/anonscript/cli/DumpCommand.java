package org.anonscript.cli;

import com.google.gson.JsonObject;
import org.anonscript.dicom.DatasetText;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomReader;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.json.DicomJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code anonscript dump}: prints the elements of DICOM files, as text (one line per element) or as
 * the DICOM JSON Model (as dcmtk's dcm2json writes it). A file that cannot be read is reported with
 * its name and the byte offset of the problem; the other files are still dumped and the exit code is 2.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Print the elements of DICOM files (file meta information excluded).")
public final class DumpCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text",
            description = "text (one line per element) or json (DICOM JSON Model, PS3.18 Annex F). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DICOM files, with or without Part 10 header.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DicomReader reader = new DicomReader();
        DatasetText text = new DatasetText(Dictionary.standard());
        JsonObject several = new JsonObject();
        int exit = 0;
        for (Path file : files) {
            DicomFile dicom;
            try {
                dicom = reader.read(file);
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                err.println("anonscript dump: " + describe(file, e));
                exit = 2;
                continue;
            }
            for (String warning : dicom.warnings()) {
                err.println("anonscript dump: " + file + ": warning: " + warning);
            }
            if (format == Format.json) {
                if (files.size() == 1) {
                    out.println(DicomJson.render(dicom));
                } else {
                    several.add(file.toString(), DicomJson.toJson(dicom));
                }
            } else {
                if (files.size() > 1) {
                    out.println("# " + file);
                }
                text.lines(dicom.dataset()).forEach(out::println);
            }
        }
        if (format == Format.json && files.size() > 1) {
            out.println(DicomJson.pretty(several));
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** The reader's message names file and offset; other failures (missing file, I/O) get the file name added. */
    private static String describe(Path file, Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return file + ": no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return file + ": permission denied";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains(file.toString()) ? message : file + ": " + message;
    }
}
