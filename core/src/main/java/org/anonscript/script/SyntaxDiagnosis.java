package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.grammar.DE4Lexer;
import org.anonscript.grammar.DE6Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Explains why a chunk did not parse, most specific cause first: lexical errors (DE001–DE004), the
 * tag-token traps (DE010), malformed tags (DE201/DE202), unbalanced brackets and blank lines in lists
 * (DE006), reserved words as names (DE106), and only then a generic syntax error (DE005). Every
 * failed chunk gets at least one diagnostic.
 */
final class SyntaxDiagnosis {

    private static final Pattern TAG_LIKE = Pattern.compile(
            "\\(([ \\t]*)([0-9A-Za-z@#]{1,8})[ \\t]*,[ \\t]*(\\{[^}\\n]*\\})?([0-9A-Za-z@#]{0,8})([ \\t]*)\\)");

    private final SourceMap map;
    private final String lexed;
    private final List<Diagnostic> out = new ArrayList<>();

    private SyntaxDiagnosis(SourceMap map, String lexed) {
        this.map = map;
        this.lexed = lexed;
    }

    /** Why a DE6 chunk failed; {@code failure} may be null (e.g. the parser ran out of stack). */
    static List<Diagnostic> de6(List<Token> tokens, RecognitionException failure, SourceMap map, String lexed) {
        SyntaxDiagnosis d = new SyntaxDiagnosis(map, lexed);
        if (d.lexical(tokens, DE6Lexer.ERROR_CHAR, DE6Lexer.UNTERMINATED_STRING, DE6Lexer.SQ_STRING)
                || d.traps(tokens)
                || d.malformedTags(tokens, true)
                || d.brackets(tokens, true)
                || d.elseIf(tokens)
                || d.plusOperator(tokens)
                || d.reservedWords(tokens, failure)) {
            return d.out;
        }
        d.generic(tokens, failure, DE6Lexer.VOCABULARY, "");
        return d.out;
    }

    /** Why a DE4 chunk failed; {@code hint} is appended to the generic message (e.g. a DE6-syntax note). */
    static List<Diagnostic> de4(List<Token> tokens, RecognitionException failure, SourceMap map, String lexed,
            String hint) {
        SyntaxDiagnosis d = new SyntaxDiagnosis(map, lexed);
        if (d.malformedTags(tokens, false)
                || d.lexical(tokens, DE4Lexer.ERROR_CHAR, DE4Lexer.UNTERMINATED_STRING, DE4Lexer.SQ_STRING)
                || d.brackets(tokens, false)) {
            if (!hint.isEmpty()) {
                d.out.replaceAll(x -> new Diagnostic(x.code(), x.severity(), x.range(), x.message() + hint, x.data()));
            }
            return d.out;
        }
        d.generic(tokens, failure, DE4Lexer.VOCABULARY, hint);
        return d.out;
    }

    private boolean lexical(List<Token> tokens, int errorChar, int unterminated, int singleQuoted) {
        for (Token t : tokens) {
            int type = t.getType();
            if (type == errorChar) {
                out.add(Diagnostic.of(DiagnosticCode.DE001, map.range(t),
                        "Unexpected character " + visible(t.getText()) + ": it cannot appear outside a string here."));
            } else if (type == unterminated) {
                String extra = t.getText().contains("\\\"")
                        ? " (`\\\"` does not put a quote into a string; a DicomEdit 6 string cannot contain one)" : "";
                out.add(Diagnostic.of(DiagnosticCode.DE002, map.range(t),
                        "This string is not closed: add a `\"` before the end of the line" + extra + "."));
            } else if (type == singleQuoted) {
                out.add(Diagnostic.of(DiagnosticCode.DE004, map.range(t),
                        "DicomEdit strings use double quotes: write \"" + t.getText().replace("'", "") + "\".",
                        Map.of("replacement", "\"" + t.getText().replace("'", "") + "\"")));
            }
        }
        return !out.isEmpty();
    }

    /** Shows control and non-ASCII characters by their code so the message stays readable. */
    private static String visible(String text) {
        StringBuilder b = new StringBuilder("`");
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || cp > 0x7E) {
                b.append(String.format("U+%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append('`').toString();
    }

    /** Spec §2.4: {@code (face} and {@code dead)} lex as tag halves; a blank avoids it. */
    private boolean traps(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            boolean group = type == DE6Lexer.PUBLIC_GROUP || type == DE6Lexer.PVT_GROUP;
            if (group && (i + 1 >= tokens.size() || tokens.get(i + 1).getType() != DE6Lexer.COMMA)) {
                int insertAt = map.original(t.getStartIndex()) + 1;
                out.add(trap(t, insertAt, "`" + t.getText() + "` is read as the start of a tag `(gggg,…)`, because `(` is"
                        + " followed by four hex-like characters; insert a blank after `(`."));
            }
            boolean element = type == DE6Lexer.PUBLIC_ELEMENT;
            if (element && (i == 0 || tokens.get(i - 1).getType() != DE6Lexer.COMMA)) {
                int insertAt = map.original(t.getStopIndex());
                out.add(trap(t, insertAt, "`" + t.getText() + "` is read as the end of a tag `(…,eeee)`, because four"
                        + " hex-like characters are followed by `)`; insert a blank before `)`"
                        + (t.getText().chars().allMatch(c -> c == ')' || Character.isDigit(c))
                                ? " (or quote the number)." : ".")));
            }
        }
        return !out.isEmpty();
    }

    private Diagnostic trap(Token t, int insertAt, String message) {
        Position p = map.source().positionAt(insertAt);
        return Diagnostic.of(DiagnosticCode.DE010, map.range(t), message,
                Map.of("insertOffset", Integer.toString(insertAt), "insertLine", Integer.toString(p.line()),
                        "insertColumn", Integer.toString(p.column()), "insertText", " "));
    }

    private boolean malformedTags(List<Token> tokens, boolean de6) {
        int start = tokens.get(0).getStartIndex();
        int end = tokens.get(tokens.size() - 1).getStopIndex() + 1;
        if (end <= start) {
            return false;
        }
        Matcher m = TAG_LIKE.matcher(lexed).region(start, end);
        while (m.find()) {
            String group = m.group(2);
            String creator = m.group(3);
            String element = m.group(4);
            if (digits(group) < 2 && digits(element) < 2) {
                continue;
            }
            if (de6 && creator != null && !validCreator(creator.substring(1, creator.length() - 1))) {
                out.add(Diagnostic.of(DiagnosticCode.DE204, map.range(m.start(), m.end()),
                        "Private creator " + creator + " is not accepted by DicomEdit 6: it must start with a letter"
                                + " and contain only letters, digits, blanks and - _ . :",
                        Map.of("creator", creator.substring(1, creator.length() - 1))));
                continue;
            }
            String problem = de6 ? de6Problem(m, group, creator, element) : de4Problem(m, group, creator, element);
            if (problem == null) {
                continue;
            }
            boolean endsWithX = group.length() == 4 && (group.endsWith("X") || group.endsWith("x"))
                    && valid(group, true) && de6 && m.group(1).isEmpty();
            Range range = map.range(m.start(), m.end());
            if (endsWithX) {
                out.add(Diagnostic.of(DiagnosticCode.DE202, range,
                        "The last character of group " + group + " decides public (even) or private (odd), so it cannot be X:"
                                + " write @ for even groups (e.g. " + group.substring(0, 3) + "@) or # for odd ones.",
                        Map.of("group", group)));
            } else {
                out.add(Diagnostic.of(DiagnosticCode.DE201, range, "Malformed tag `" + m.group() + "`: " + problem));
            }
        }
        return !out.isEmpty();
    }

    private static String de6Problem(Matcher m, String group, String creator, String element) {
        if (!m.group(1).isEmpty()) {
            return "remove the blank after `(`.";
        }
        if (!m.group(5).isEmpty()) {
            return "remove the blank before `)`.";
        }
        if (group.length() != 4 || !valid(group, true)) {
            return "the group must be four hex digits or wildcards X @ #.";
        }
        if (group.endsWith("X") || group.endsWith("x")) {
            return "the group cannot end with X.";
        }
        int want = creator == null ? 4 : 2;
        if (element.length() != want || !valid(element, true)) {
            return creator == null
                    ? "the element must be four hex digits or wildcards X @ #."
                    : "after {creator} come exactly two hex digits or wildcards X @ #.";
        }
        return null;
    }

    private static String de4Problem(Matcher m, String group, String creator, String element) {
        if (creator != null) {
            return "DicomEdit 4 has no {creator} form; private elements are written numerically, e.g. (2001,1019).";
        }
        if (!m.group(1).isEmpty() || !m.group(5).isEmpty() || m.group().contains(" ") || m.group().contains("\t")) {
            return "DicomEdit 4 tags contain no blanks.";
        }
        if (group.length() != 4 || element.length() != 4) {
            return "group and element must be four hex digits or wildcards X @ # each.";
        }
        if ((group + element).contains("x")) {
            return "the DicomEdit 4 wildcard is an upper-case X.";
        }
        if (!valid(group, false) || !valid(element, false)) {
            return "group and element must be four hex digits or wildcards X @ # each.";
        }
        return null;
    }

    private static boolean validCreator(String name) {
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && " -_.:".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean valid(String chars, boolean lowerX) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            boolean ok = Character.digit(c, 16) >= 0 || c == 'X' || c == '@' || c == '#' || (lowerX && c == 'x');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** DE006: closers without openers, the outermost opener never closed, blank lines inside a DE6 list. */
    private boolean brackets(List<Token> tokens, boolean de6) {
        List<Token> open = new ArrayList<>();
        List<Boolean> isList = new ArrayList<>();
        int[] counts = new int[3];
        int newline = de6 ? DE6Lexer.NEWLINE : DE4Lexer.NEWLINE;
        int unmatched = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            char opener = de6 ? ChunkSplitter.opener(type) : (type == DE4Lexer.LEFT ? '[' : 0);
            char closer = de6 ? ChunkSplitter.closerFor(type) : (type == DE4Lexer.RIGHT ? '[' : 0);
            if (opener != 0) {
                open.add(t);
                isList.add(opener == '{' && !blockBrace(tokens, i));
                counts[kind(opener)]++;
            } else if (closer != 0) {
                if (counts[kind(closer)] == 0) {
                    if (unmatched++ == 0) {
                        String text = t.getText();
                        out.add(Diagnostic.of(DiagnosticCode.DE006, map.range(t),
                                "`" + text.charAt(text.length() - 1) + "` has no matching opening bracket; remove it"
                                        + " or add the missing opening bracket."));
                    }
                    continue;
                }
                while (!open.isEmpty()) {
                    Token top = open.remove(open.size() - 1);
                    isList.remove(isList.size() - 1);
                    char topKind = de6 ? ChunkSplitter.opener(top.getType()) : '[';
                    counts[kind(topKind)]--;
                    if (topKind == closer) {
                        break;
                    }
                }
            } else if (de6 && type == newline && i > 0 && tokens.get(i - 1).getType() == newline
                    && !isList.isEmpty() && isList.get(isList.size() - 1)) {
                out.add(Diagnostic.of(DiagnosticCode.DE006, map.range(t),
                        "Blank line inside a list: DicomEdit 6 allows one line break between entries (a line holding"
                                + " only a comment counts as blank); remove the blank line."));
            }
        }
        if (!open.isEmpty()) {
            Token t = open.get(0);
            String closing = switch (t.getText().charAt(0)) {
                case '[' -> "]";
                case '{' -> "}";
                default -> ")";
            };
            String more = open.size() > 1 ? " (" + (open.size() - 1) + " more brackets after it are not closed either)" : "";
            out.add(Diagnostic.of(DiagnosticCode.DE006, map.range(t),
                    "`" + t.getText().charAt(0) + "` is never closed: add `" + closing + "`" + more + ".",
                    Map.of("insertText", closing)));
        }
        return !out.isEmpty();
    }

    private static int kind(char bracket) {
        return bracket == '(' ? 0 : bracket == '[' ? 1 : 2;
    }

    /** A {@code {} after {@code )} (an if condition) or {@code else} opens a block, not a list. */
    private static boolean blockBrace(List<Token> tokens, int index) {
        for (int k = index - 1; k >= 0; k--) {
            int type = tokens.get(k).getType();
            if (type != DE6Lexer.NEWLINE) {
                return type == DE6Lexer.R_PAREN || type == DE6Lexer.ELSE || type == DE6Lexer.PUBLIC_ELEMENT;
            }
        }
        return false;
    }

    private boolean elseIf(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() == DE6Lexer.ELSE && tokens.get(i + 1).getType() == DE6Lexer.IF) {
                out.add(Diagnostic.of(DiagnosticCode.DE005, map.range(tokens.get(i), tokens.get(i + 1)),
                        "`else if` is not DicomEdit: write `elseif`.", Map.of("replacement", "elseif")));
            }
        }
        return !out.isEmpty();
    }

    /** {@code "a" + "b"}: {@code +} is only a level wildcard; DicomEdit joins texts with concatenate. */
    private boolean plusOperator(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            int before = tokens.get(i - 1).getType();
            boolean afterValue = before == DE6Lexer.STRING || before == DE6Lexer.ID || before == DE6Lexer.INTEGER
                    || before == DE6Lexer.FLOAT || before == DE6Lexer.R_BRACKET || before == DE6Lexer.PUBLIC_ELEMENT
                    || before == DE6Lexer.PVT_ELEMENT;
            if (t.getType() == DE6Lexer.SEQ_WILDCARD && t.getText().equals("+") && afterValue
                    && tokens.get(i + 1).getType() != DE6Lexer.SLASH) {
                out.add(Diagnostic.of(DiagnosticCode.DE005, map.range(t),
                        "DicomEdit has no `+` operator: join texts with concatenate[a, b] or format[\"{0}{1}\", a, b]."));
            }
        }
        return !out.isEmpty();
    }

    private boolean reservedWords(List<Token> tokens, RecognitionException failure) {
        Token offending = failure == null ? null : failure.getOffendingToken();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!reserved(t.getType())) {
                continue;
            }
            boolean assigned = i + 1 < tokens.size() && tokens.get(i + 1).getType() == DE6Lexer.OP_ASSIGN;
            boolean usedAsValue = offending != null && offending.getStartIndex() == t.getStartIndex()
                    && i > 0 && valuePosition(tokens.get(i - 1).getType());
            if (assigned || usedAsValue) {
                String what = t.getType() == DE6Lexer.HEXDIGIT_WILDCARD
                        ? "`" + t.getText() + "` is the tag-digit wildcard and cannot name a variable"
                        : "`" + t.getText() + "` is a reserved word and cannot name a variable";
                out.add(Diagnostic.of(DiagnosticCode.DE106, map.range(t), what + "; choose another name.",
                        Map.of("name", t.getText())));
            }
        }
        return !out.isEmpty();
    }

    private static boolean reserved(int type) {
        return switch (type) {
            case DE6Lexer.VERSION_WORD, DE6Lexer.ECHO, DE6Lexer.DESCRIBE, DE6Lexer.HIDDEN_WORD, DE6Lexer.CONST_WORD,
                    DE6Lexer.IMMUTABLE_WORD, DE6Lexer.EXPORT, DE6Lexer.REMOVE_ALL_PRIVATE_TAGS, DE6Lexer.IF,
                    DE6Lexer.ELSEIF, DE6Lexer.ELSE, DE6Lexer.HEXDIGIT_WILDCARD -> true;
            default -> false;
        };
    }

    private static boolean valuePosition(int previousType) {
        return switch (previousType) {
            case DE6Lexer.DESCRIBE, DE6Lexer.EXPORT,
                    DE6Lexer.OP_ASSIGN, DE6Lexer.OP_ASSIGN_IF_EXISTS, DE6Lexer.COMMA, DE6Lexer.L_BRACKET, DE6Lexer.EQUALS,
                    DE6Lexer.NOT_EQUALS, DE6Lexer.MATCHES, DE6Lexer.NOT_MATCHES, DE6Lexer.ECHO, DE6Lexer.L_PAREN,
                    DE6Lexer.L_BRACE -> true;
            default -> false;
        };
    }

    private void generic(List<Token> tokens, RecognitionException failure, Vocabulary vocabulary, String hint) {
        Token offending = failure == null ? null : failure.getOffendingToken();
        if (failure == null) {
            out.add(Diagnostic.of(DiagnosticCode.DE005, map.range(tokens.get(0), tokens.get(tokens.size() - 1)),
                    "This statement is nested too deeply to be read; simplify it." + hint));
            return;
        }
        String expected = expected(failure, vocabulary);
        if (offending == null || offending.getType() == Token.EOF) {
            Token last = tokens.get(tokens.size() - 1);
            out.add(Diagnostic.of(DiagnosticCode.DE005, map.range(last),
                    "The statement ends too early after `" + last.getText().strip() + "`" + expected + "." + hint));
            return;
        }
        String text = offending.getType() == DE6Lexer.NEWLINE && vocabulary == DE6Lexer.VOCABULARY
                || offending.getType() == DE4Lexer.NEWLINE && vocabulary == DE4Lexer.VOCABULARY
                ? "line break" : "`" + offending.getText() + "`";
        out.add(Diagnostic.of(DiagnosticCode.DE005, map.range(offending),
                "Unexpected " + text + expected + "." + hint));
    }

    private static String expected(RecognitionException failure, Vocabulary vocabulary) {
        // A prediction that failed several tokens after it started knows only what could start the
        // construct, not what should have come at the offending token: listing that would mislead.
        if (failure instanceof org.antlr.v4.runtime.NoViableAltException nva
                && nva.getStartToken() != null && nva.getOffendingToken() != null
                && nva.getStartToken().getTokenIndex() != nva.getOffendingToken().getTokenIndex()) {
            return "";
        }
        IntervalSet set;
        try {
            set = failure.getExpectedTokens();
        } catch (RuntimeException unavailable) {
            return "";
        }
        if (set == null || set.isNil()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int type : set.toArray()) {
            String name = describe(type, vocabulary);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        // Where any value may start, say so once instead of listing every kind of value.
        List<String> valueStarts = List.of("a name", "a string", "a number", "a tag", "* + .", "`{`");
        if (names.containsAll(valueStarts.subList(0, 4))) {
            names.removeAll(valueStarts);
            names.add(0, "a value");
        }
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() > 6) {
            return "; expected " + String.join(", ", names.subList(0, 6)) + ", …";
        }
        return "; expected " + String.join(", ", names);
    }

    private static String describe(int type, Vocabulary vocabulary) {
        if (type == Token.EOF) {
            return "end of line";
        }
        String symbolic = vocabulary.getSymbolicName(type);
        if (symbolic == null) {
            return null;
        }
        return switch (symbolic) {
            case "PUBLIC_GROUP", "PVT_GROUP", "TAG", "TAGPATTERN" -> "a tag";
            case "PUBLIC_ELEMENT", "PVT_ELEMENT", "BAD_PVT_ELEMENT" -> "the element of a tag";
            case "ID" -> "a name";
            case "STRING" -> "a string";
            case "INTEGER", "FLOAT", "NUMBER" -> "a number";
            case "NEWLINE" -> "a line break";
            case "SEQ_WILDCARD" -> "* + .";
            case "HEXDIGIT_WILDCARD" -> null;
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal == null ? null : "`" + literal.substring(1, literal.length() - 1) + "`";
            }
        };
    }
}
