package org.anonscript.server;

import java.util.List;

/**
 * The answer of {@code anonscript/runOnSamples}:
 * {@code {"files": [{"path", "outcome", "error"?, "changes": [{"path", "keyword", "before", "after", "line"}],
 * "beforeDump": [...], "afterDump": [...]}]}}. The two dumps are the whole header of the sample before and
 * after the script, one line per element (the {@code anonscript dump} text format), so that an editor can show
 * them side by side; they are empty when the sample could not be read.
 * Field names are the wire format (Gson serialises these records' components as they are named).
 */
public record RunResult(List<FileResult> files) {

    /** One sample: {@code outcome} is modified, unchanged, rejected or error; {@code error} only for the last two. */
    public record FileResult(String path, String outcome, String error, List<ChangeResult> changes,
            List<String> beforeDump, List<String> afterDump) {
    }

    /** One change; {@code line} is the 1-based line of the statement that caused it, null for host bookkeeping. */
    public record ChangeResult(String path, String keyword, String before, String after, Integer line) {
    }
}
