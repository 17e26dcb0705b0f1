package org.anonscript.syntax;

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

/**
 * Classifies a script's text into semantic tokens: tags (public, private, retired, unknown), functions,
 * variables (external or internal), strings, numbers, comments, operators and keywords. One
 * classification for every view: the language server encodes it for LSP, the REPL colours its input
 * line with it. Pure; tokens are single-line, sorted and non-overlapping.
 */
public final class SemanticTokenClassifier {

    /** Token type names, indexed by {@link Token#type()} (the LSP legend uses them as they are). */
    public static final List<String> TYPES = List.of("property", "function", "variable", "string", "number",
            "comment", "operator", "keyword");
    /** Modifier names, bit {@code i} of {@link Token#modifiers()} is {@code MODIFIERS.get(i)}. */
    public static final List<String> MODIFIERS = List.of("deprecated", "private", "unknown", "external",
            "declaration");

    public static final int TAG = 0, FUNCTION = 1, VARIABLE = 2, STRING = 3, NUMBER = 4, COMMENT = 5,
            OPERATOR = 6, KEYWORD = 7;
    public static final int RETIRED = 1, PRIVATE = 2, UNKNOWN = 4, EXTERNAL = 8, DECLARATION = 16;

    /** One token: 0-based line and UTF-16 column, length, type, modifier bits and start offset. */
    public record Token(int line, int column, int length, int type, int modifiers, int offset) {

        public boolean has(int modifier) {
            return (modifiers & modifier) != 0;
        }
    }

    private SemanticTokenClassifier() {
    }

    /** The tokens of {@code script} (parsed from {@code source}), optionally only those touching {@code within}. */
    public static List<Token> tokens(Script script, SourceText source, VariableAnalysis variables,
            Optional<Range> within) {
        List<Token> out = new ArrayList<>();
        SyntaxIndex index = SyntaxIndex.of(script, source);
        for (TagPattern t : index.tags()) {
            add(out, source, t.range(), TAG, tagModifiers(t));
        }
        for (Expression.FunctionCall c : index.calls()) {
            add(out, source, c.name().range(), FUNCTION,
                    Functions.lookup(c.name().name(), script.dialect()).isPresent() ? 0 : UNKNOWN);
        }
        for (Expression.NewGenerator g : index.generators()) {
            add(out, source, g.name().range(), FUNCTION, Functions.generator(g.name().name()).isPresent() ? 0 : UNKNOWN);
        }
        for (VariableAnalysis.Variable v : variables.variables()) {
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
        out.sort(Comparator.comparingInt(Token::offset));
        if (within.isEmpty()) {
            return dropOverlaps(out);
        }
        Range r = within.get();
        return dropOverlaps(out.stream().filter(t -> t.offset() + t.length() > r.start().offset()
                && t.offset() < r.end().offset()).toList());
    }

    private static int tagModifiers(TagPattern t) {
        if (t.creator().isPresent() || t.isPrivate()) {
            return PRIVATE;
        }
        Optional<Integer> exact = t.exactTag();
        if (exact.isEmpty()) {
            return 0;
        }
        Optional<DictionaryEntry> e = Dictionary.standard().byTag(exact.get());
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
}
