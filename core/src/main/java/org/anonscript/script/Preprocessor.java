package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;

/**
 * The DE6 engine's text pipeline (spec §2.1–2.2): split into lines, join lines ending in a backslash
 * (even inside strings and comments), remove {@code //} comments (except inside strings and after
 * {@code http:}/{@code https:}), rejoin with newlines. Records where every kept character came from,
 * keeps the comments as trivia and reports the continuation traps (DE009).
 */
final class Preprocessor {

    /** The lexer's input, the way back to the user's text, the comments and the DE009 warnings. */
    record Result(String text, SourceMap map, List<Script.Comment> comments, List<Diagnostic> diagnostics) {
    }

    private final String original;
    private final SourceText source;
    private final StringBuilder out;
    private int[] map;
    private final List<Script.Comment> comments = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Preprocessor(SourceText source) {
        this.source = source;
        this.original = source.text();
        this.out = new StringBuilder(original.length());
        this.map = new int[original.length() + 1];
    }

    static Result run(SourceText source) {
        Preprocessor p = new Preprocessor(source);
        p.process();
        int size = p.out.length() + 1;
        int[] finalMap = p.map.length >= size ? p.map : java.util.Arrays.copyOf(p.map, size);
        finalMap[size - 1] = p.original.length();
        return new Result(p.out.toString(), new SourceMap(source, finalMap, size), p.comments, p.diagnostics);
    }

    private void process() {
        int lineCount = source.lineCount();
        // The logical line being assembled: its characters and their original offsets.
        StringBuilder logical = new StringBuilder();
        IntList offsets = new IntList();
        IntList joins = new IntList();
        int line = 0;
        while (line < lineCount) {
            logical.setLength(0);
            offsets.clear();
            joins.clear();
            int current = line;
            while (true) {
                int start = source.offsetAt(current, 0);
                int end = lineContentEnd(current);
                reportBlanksAfterBackslash(start, end);
                boolean continues = end > start && original.charAt(end - 1) == '\\';
                int keepEnd = continues ? end - 1 : end;
                logical.append(original, start, keepEnd);
                for (int i = start; i < keepEnd; i++) {
                    offsets.add(i);
                }
                if (!continues) {
                    break;
                }
                joins.add(logical.length());
                if (current + 1 >= lineCount) {
                    diagnostics.add(Diagnostic.of(DiagnosticCode.DE009, source.range(end - 1, end),
                            "The last line ends with a backslash: there is no next line to continue with; remove the backslash.",
                            Map.of()));
                    break;
                }
                current++;
            }
            emitLogicalLine(logical, offsets, joins);
            int terminator = lineContentEnd(current);
            if (current + 1 < lineCount) {
                append('\n', terminator);
            }
            line = current + 1;
        }
    }

    private void emitLogicalLine(CharSequence logical, IntList offsets, IntList joins) {
        int commentAt = commentStart(logical);
        int keep = commentAt < 0 ? logical.length() : commentAt;
        for (int i = 0; i < keep; i++) {
            append(logical.charAt(i), offsets.get(i));
        }
        if (commentAt < 0) {
            return;
        }
        int origStart = offsets.get(commentAt);
        int origEnd = offsets.get(logical.length() - 1) + 1;
        Range range = source.range(origStart, origEnd);
        comments.add(new Script.Comment(logical.subSequence(commentAt + 2, logical.length()).toString(), range));
        for (int i = 0; i < joins.size(); i++) {
            if (joins.get(i) > commentAt) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.DE009, range,
                        "This comment ends with a backslash, so the next line is joined to it and ignored;"
                                + " remove the backslash or put a blank after it.",
                        Map.of()));
                break;
            }
        }
    }

    /** Start of the {@code //} that begins a comment on this logical line, or -1 (spec §2.2). */
    static int commentStart(CharSequence line) {
        int first = indexOfSlashes(line);
        if (first < 0) {
            return -1;
        }
        boolean quotedSlashes = hasQuotedSlashes(line);
        boolean inQuote = false;
        int n = line.length();
        for (int k = 0; k < n - 1; k++) {
            char c = line.charAt(k);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && c == '/' && line.charAt(k + 1) == '/') {
                if (endsWith(line, k, "http:") || endsWith(line, k, "https:")
                        || (quotedSlashes && k > 0 && line.charAt(k - 1) == ':')) {
                    k++;
                    continue;
                }
                return k;
            }
        }
        return -1;
    }

    private static int indexOfSlashes(CharSequence line) {
        for (int k = 0; k < line.length() - 1; k++) {
            if (line.charAt(k) == '/' && line.charAt(k + 1) == '/') {
                return k;
            }
        }
        return -1;
    }

    private static boolean hasQuotedSlashes(CharSequence line) {
        boolean inQuote = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (inQuote && c == '/' && k + 1 < line.length() && line.charAt(k + 1) == '/') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(CharSequence line, int end, String suffix) {
        int start = end - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (line.charAt(start + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \} followed by blanks at the end of a line looks like a continuation but is not one (DE009). */
    private void reportBlanksAfterBackslash(int start, int end) {
        int k = end;
        while (k > start && (original.charAt(k - 1) == ' ' || original.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k < end && k > start && original.charAt(k - 1) == '\\' && !insideLineComment(start, k - 1)) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.DE009, source.range(k, end),
                    "Blanks after the backslash: this line is not continued. Remove the blanks to join the next line,"
                            + " or remove the backslash.",
                    Map.of("deleteStart", Integer.toString(k), "deleteEnd", Integer.toString(end))));
        }
    }

    /** Whether the physical line has a comment starting before {@code offset} (approximation on one line). */
    private boolean insideLineComment(int lineStart, int offset) {
        int c = commentStart(original.subSequence(lineStart, offset));
        return c >= 0;
    }

    private int lineContentEnd(int line) {
        return source.lineContentEnd(line);
    }

    private void append(char c, int originalOffset) {
        if (out.length() + 1 >= map.length) {
            map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
        }
        map[out.length()] = originalOffset;
        out.append(c);
    }

    /** A growable int array without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}
