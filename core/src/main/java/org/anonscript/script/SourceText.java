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
    /** The two latest answers: immutable objects behind single references, so racing readers are safe too. */
    private Position recentA;
    private Position recentB;
    private boolean recentToggle;

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
        // The parser asks for a node's start and end, then its children's, which repeat them: remember two.
        Position a = recentA;
        if (a != null && a.offset() == clamped) {
            return a;
        }
        Position b = recentB;
        if (b != null && b.offset() == clamped) {
            return b;
        }
        int line = lineOf(clamped);
        Position p = new Position(line, clamped - lineStarts[line], clamped);
        if (recentToggle) {
            recentA = p;
        } else {
            recentB = p;
        }
        recentToggle = !recentToggle;
        return p;
    }

    /**
     * The line holding {@code offset}. Callers mostly ask for nearby offsets in increasing order (the
     * parser walks the text), so search outwards from the previous answer in growing steps, then bisect.
     */
    private int lineOf(int offset) {
        int last = lineStarts.length - 1;
        int guess = Math.min(lastLine, last);
        int lo;
        int hi;
        if (lineStarts[guess] <= offset) {
            lo = guess;
            int step = 1;
            hi = guess + step;
            while (hi <= last && lineStarts[hi] <= offset) {
                lo = hi;
                step <<= 1;
                hi = guess + step;
            }
            hi = Math.min(hi - 1, last);
        } else {
            hi = guess - 1;
            int step = 1;
            lo = guess - step;
            while (lo > 0 && lineStarts[lo] > offset) {
                hi = lo - 1;
                step <<= 1;
                lo = guess - step;
            }
            lo = Math.max(lo, 0);
        }
        while (lo < hi) { // the last line in [lo, hi] that starts at or before offset
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastLine = lo;
        return lo;
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
        return Math.min(start + Math.max(0, column), lineContentEnd(line));
    }

    public Range range(int startOffset, int endOffset) {
        return new Range(positionAt(startOffset), positionAt(Math.max(startOffset, endOffset)));
    }

    /** Content of a 0-based line without its terminator. */
    public String line(int line) {
        return text.substring(lineStarts[line], lineContentEnd(line));
    }

    /** The offset just past a 0-based line's content (before its terminator), without copying the line. */
    public int lineContentEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (line + 1 < lineStarts.length && end > lineStarts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
