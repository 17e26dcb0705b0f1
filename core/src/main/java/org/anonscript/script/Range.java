package org.anonscript.script;

/** A half-open span {@code [start, end)} of the user's original script text. */
public record Range(Position start, Position end) {

    public static final Range EMPTY = new Range(Position.START, Position.START);

    public Range {
        if (end.offset() < start.offset()) {
            throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
        }
    }

    /** The smallest range covering both. */
    public Range union(Range other) {
        Position s = start.offset() <= other.start.offset() ? start : other.start;
        Position e = end.offset() >= other.end.offset() ? end : other.end;
        return new Range(s, e);
    }

    public boolean contains(int offset) {
        return offset >= start.offset() && offset < end.offset();
    }

    /** True when {@code offset} lies inside or directly at either end (what a cursor "touches"). */
    public boolean touches(int offset) {
        return offset >= start.offset() && offset <= end.offset();
    }

    public int length() {
        return end.offset() - start.offset();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
