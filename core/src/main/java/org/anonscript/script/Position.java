package org.anonscript.script;

/**
 * A point in the user's original script text. Lines and columns are 0-based and columns count
 * UTF-16 code units, as LSP does; {@code offset} is the 0-based UTF-16 index into the whole text.
 * Humans and the CLI's JSON see {@code line + 1} and {@code column + 1}.
 */
public record Position(int line, int column, int offset) implements Comparable<Position> {

    public static final Position START = new Position(0, 0, 0);

    public Position {
        if (line < 0 || column < 0 || offset < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column + "@" + offset);
        }
    }

    @Override
    public int compareTo(Position other) {
        return Integer.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return (line + 1) + ":" + (column + 1);
    }
}
