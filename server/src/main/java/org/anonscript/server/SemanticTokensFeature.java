package org.anonscript.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.script.Expression;
import org.anonscript.script.Identifier;
import org.anonscript.script.Range;
import org.anonscript.script.Script;
import org.anonscript.script.SourceText;
import org.anonscript.script.TagPattern;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Semantic tokens (issue 5, item 5): tags (public, private, retired, unknown), functions, variables
 * (external or internal), strings, numbers, comments, operators and keywords; full document or a range.
 */
public final class SemanticTokensFeature {

    public static final List<String> TYPES = List.of("property", "function", "variable", "string", "number",
            "comment", "operator", "keyword");
    public static final List<String> MODIFIERS = List.of("deprecated", "private", "unknown", "external",
            "declaration");

    static final int TAG = 0, FUNCTION = 1, VARIABLE = 2, STRING = 3, NUMBER = 4, COMMENT = 5, OPERATOR = 6,
            KEYWORD = 7;
    static final int RETIRED = 1, PRIVATE = 2, UNKNOWN = 4, EXTERNAL = 8, DECLARATION = 16;

    /** One token before encoding; single-line. */
    public record Token(int line, int column, int length, int type, int modifiers, int offset) {
    }

    private final Dictionary dictionary = Dictionary.standard();

    public static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, MODIFIERS);
    }

    public SemanticTokens full(Snapshot doc, CancelChecker cancel) {
        return encode(tokens(doc, Optional.empty(), cancel));
    }

    public SemanticTokens range(Snapshot doc, Range range, CancelChecker cancel) {
        return encode(tokens(doc, Optional.of(range), cancel));
    }

    public List<Token> tokens(Snapshot doc, Optional<Range> within, CancelChecker cancel) {
        List<Token> out = new ArrayList<>();
        SourceText source = doc.source();
        SyntaxIndex index = doc.index();
        Script script = doc.script();
        for (TagPattern t : index.tags()) {
            add(out, source, t.range(), TAG, tagModifiers(t));
        }
        cancel.checkCanceled();
        for (Expression.FunctionCall c : index.calls()) {
            add(out, source, c.name().range(), FUNCTION,
                    Functions.lookup(c.name().name(), script.dialect()).isPresent() ? 0 : UNKNOWN);
        }
        for (Expression.NewGenerator g : index.generators()) {
            add(out, source, g.name().range(), FUNCTION, Functions.generator(g.name().name()).isPresent() ? 0 : UNKNOWN);
        }
        for (VariableAnalysis.Variable v : doc.variables().variables()) {
            for (Identifier id : v.occurrences()) {
                int mods = (v.external() ? EXTERNAL : 0) | (v.assignments().contains(id) ? DECLARATION : 0);
                add(out, source, id.range(), VARIABLE, mods);
            }
        }
        index.strings().forEach(s -> add(out, source, s.range(), STRING, 0));
        index.numbers().forEach(n -> add(out, source, n.range(), NUMBER, 0));
        index.operators().forEach(r -> add(out, source, r, OPERATOR, 0));
        index.keywords().forEach(r -> add(out, source, r, KEYWORD, 0));
        script.comments().forEach(c -> add(out, source, c.range(), COMMENT, 0));
        cancel.checkCanceled();
        out.sort(Comparator.comparingInt(Token::offset));
        if (within.isEmpty()) {
            return dropOverlaps(out);
        }
        Range r = within.get();
        return dropOverlaps(out.stream().filter(t -> t.offset() + t.length() > r.start().offset()
                && t.offset() < r.end().offset()).toList());
    }

    private int tagModifiers(TagPattern t) {
        if (t.creator().isPresent() || t.isPrivate()) {
            return PRIVATE;
        }
        Optional<Integer> exact = t.exactTag();
        if (exact.isEmpty()) {
            return 0;
        }
        Optional<DictionaryEntry> e = dictionary.byTag(exact.get());
        return e.isEmpty() ? UNKNOWN : e.get().retired() ? RETIRED : 0;
    }

    /** Splits a range into one token per line (LSP tokens may not span lines). */
    private static void add(List<Token> out, SourceText source, Range r, int type, int modifiers) {
        if (r.length() <= 0) {
            return;
        }
        int start = r.start().offset();
        int end = r.end().offset();
        String text = source.text();
        while (start < end) {
            int newline = text.indexOf('\n', start);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            if (lineEnd > start) {
                org.anonscript.script.Position p = source.positionAt(start);
                int length = lineEnd - start;
                if (text.charAt(lineEnd - 1) == '\r') {
                    length--;
                }
                if (length > 0) {
                    out.add(new Token(p.line(), p.column(), length, type, modifiers, start));
                }
            }
            start = lineEnd + 1;
        }
    }

    /** Tokens may not overlap: keep the first of any overlapping pair. */
    private static List<Token> dropOverlaps(List<Token> sorted) {
        List<Token> kept = new ArrayList<>(sorted.size());
        int end = -1;
        for (Token t : sorted) {
            if (t.offset() >= end) {
                kept.add(t);
                end = t.offset() + t.length();
            }
        }
        return kept;
    }

    static SemanticTokens encode(List<Token> tokens) {
        List<Integer> data = new ArrayList<>(tokens.size() * 5);
        int line = 0;
        int column = 0;
        for (Token t : tokens) {
            int deltaLine = t.line() - line;
            data.add(deltaLine);
            data.add(deltaLine == 0 ? t.column() - column : t.column());
            data.add(t.length());
            data.add(t.type());
            data.add(t.modifiers());
            line = t.line();
            column = t.column();
        }
        return new SemanticTokens(data);
    }
}
