package org.anonscript.script;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Maps offsets in the text the lexer saw (after DE6 line joining and comment removal) back to the
 * user's original text, so that every range the front end reports points into what the user wrote.
 */
final class SourceMap {

    private final SourceText original;
    /** processed offset → original offset; one extra slot for the end of the text. Null means identity. */
    private final int[] toOriginal;
    /** How many slots of {@code toOriginal} are in use (the array may be longer: it is not copied to fit). */
    private final int size;

    SourceMap(SourceText original, int[] toOriginal) {
        this(original, toOriginal, toOriginal == null ? 0 : toOriginal.length);
    }

    SourceMap(SourceText original, int[] toOriginal, int size) {
        this.original = original;
        this.toOriginal = toOriginal;
        this.size = size;
    }

    static SourceMap identity(SourceText original) {
        return new SourceMap(original, null);
    }

    SourceText source() {
        return original;
    }

    int original(int processed) {
        if (toOriginal == null) {
            return Math.max(0, Math.min(processed, original.text().length()));
        }
        return toOriginal[Math.max(0, Math.min(processed, size - 1))];
    }

    /** The original range of the processed span {@code [start, end)}. */
    Range range(int start, int end) {
        int s = original(start);
        if (end <= start) {
            return original.range(s, s);
        }
        int e = original(end - 1) + 1;
        return original.range(s, Math.max(s, e));
    }

    Range range(Token token) {
        if (token.getType() == Token.EOF) {
            return range(token.getStartIndex(), token.getStartIndex());
        }
        return range(token.getStartIndex(), token.getStopIndex() + 1);
    }

    Range range(Token first, Token last) {
        int end = last.getType() == Token.EOF ? last.getStartIndex() : last.getStopIndex() + 1;
        return range(first.getStartIndex(), Math.max(first.getStartIndex(), end));
    }

    Range range(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        if (stop == null || stop.getTokenIndex() < ctx.getStart().getTokenIndex()) {
            return range(ctx.getStart(), ctx.getStart());
        }
        return range(ctx.getStart(), stop);
    }

    /** The user's text for an original range. */
    String text(Range range) {
        return original.text().substring(range.start().offset(), range.end().offset());
    }
}
