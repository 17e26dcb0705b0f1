package org.anonscript.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.anonscript.config.SampleFiles;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomReader;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * The configured sample files, read once and kept while they are unchanged on disk (keyed by path and
 * modification time). Unreadable files are remembered with their error instead of a dataset.
 */
public final class SampleData {

    /** One sample: the file read, or why it could not be. */
    public record Sample(Path path, DicomFile file, String error) {
        public boolean readable() {
            return file != null;
        }
    }

    private record Key(Path path, FileTime modified) {
    }

    private final Map<Key, Sample> cache = new ConcurrentHashMap<>();
    private final DicomReader reader = DicomReader.keepingBulkValuesInTheFile(); // cached for the session

    /** The samples the entries name (folders expanded), in order. */
    public List<Sample> load(List<Path> entries) {
        return load(entries, () -> { });
    }

    /** As {@link #load(List)}, stopping between files when the request is cancelled. */
    public List<Sample> load(List<Path> entries, CancelChecker cancel) {
        List<Sample> out = new ArrayList<>();
        for (Path p : SampleFiles.expand(entries)) {
            cancel.checkCanceled();
            out.add(read(p));
        }
        return out;
    }

    public Sample read(Path path) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return new Sample(path, null, "cannot read " + path + ": " + e.getMessage());
        }
        return cache.computeIfAbsent(new Key(path, modified), k -> {
            try {
                return new Sample(path, reader.read(path), null);
            } catch (IOException | RuntimeException e) {
                return new Sample(path, null, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }
}
