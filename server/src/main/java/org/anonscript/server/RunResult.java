package org.anonscript.server;

import java.util.List;

/**
 * The answer of {@code anonscript/runOnSamples}:
 * {@code {"files": [{"path", "outcome", "error"?, "changes": [{"path", "keyword", "before", "after", "line"}]}]}}.
 * Field names are the wire format (Gson serialises these records' components as they are named).
 */
public record RunResult(List<FileResult> files) {

    /** One sample: {@code outcome} is modified, unchanged, rejected or error; {@code error} only for the last two. */
    public record FileResult(String path, String outcome, String error, List<ChangeResult> changes) {
    }

    /** One change; {@code line} is the 1-based line of the statement that caused it, null for host bookkeeping. */
    public record ChangeResult(String path, String keyword, String before, String after, Integer line) {
    }
}
