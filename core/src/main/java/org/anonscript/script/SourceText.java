package org.anonscript.script;

/**
 * The user's original text with a line index, to turn offsets into {@link Position}s and back.
 * Lines end at LF; a CR before the LF belongs to the line terminator, not the line's content.
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;
    /** A lookup hint only (an int is read and written atomically, so sharing across threads is harmless). */
    private int lastLine;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = java.util.Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public Position positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        // Callers mostly ask for nearby offsets in increasing order (the parser walks the text):
        // try the line of the previous answer and the next one before searching.
        int guess = lastLine;
        for (int line = guess; line < guess + 2 && line < lineStarts.length; line++) {
            if (lineStarts[line] <= clamped && (line + 1 == lineStarts.length || lineStarts[line + 1] > clamped)) {
                lastLine = line;
                return new Position(line, clamped - lineStarts[line], clamped);
            }
        }
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= clamped) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastLine = lo;
        return new Position(lo, clamped - lineStarts[lo], clamped);
    }

    /** The offset of a 0-based line/column, clamped to the line's content. */
    public int offsetAt(int line, int column) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        return Math.min(start + Math.max(0, column), lineEnd(line));
    }

    public Range range(int startOffset, int endOffset) {
        return new Range(positionAt(startOffset), positionAt(Math.max(startOffset, endOffset)));
    }

    /** Content of a 0-based line without its terminator. */
    public String line(int line) {
        return text.substring(lineStarts[line], lineEnd(line));
    }

    /** The offset just past a 0-based line's content (before its terminator), without copying the line. */
    public int lineContentEnd(int line) {
        return lineEnd(line);
    }

    private int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (line + 1 < lineStarts.length && end > lineStarts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
