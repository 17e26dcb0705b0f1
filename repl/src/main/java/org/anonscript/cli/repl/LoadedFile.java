package org.anonscript.cli.repl;

import java.nio.file.Path;
import java.util.Map;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomFile;

/**
 * A file loaded into the REPL: what was read (never changed) and its current state, which each applied
 * statement replaces. {@code variables} are the script variables the REPL's statements assigned for
 * this file (script variables are per file, spec §6.5), as the evaluator left them: a list stays a list.
 */
final class LoadedFile {

    /** The current dataset and script variables of a file; kept before each step so it can be undone. */
    record State(Dataset dataset, Map<String, Object> variables) {
        State {
            // values as the evaluator keeps them (text, lists, paths, null); read-only
            variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        }
    }

    final Path path;
    final String name;
    final DicomFile file;
    final Dataset original;
    State state;

    LoadedFile(Path path, String name, DicomFile file, Dataset original) {
        this.path = path;
        this.name = name;
        this.file = file;
        this.original = original;
        this.state = new State(original, Map.of());
    }
}
