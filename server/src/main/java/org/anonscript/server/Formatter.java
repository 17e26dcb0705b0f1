package org.anonscript.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.LintResult;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.Severity;
import org.anonscript.config.ProjectConfig;
import org.anonscript.script.SourceText;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Document and range formatting (issue 5, item 6): tags written without blanks, one blank around
 * operators and after commas, none inside calls or paths, blocks and lists indented by four, trailing
 * blanks removed. Comments are always kept. Works on tokens of each line, so it is idempotent and never
 * reorders anything; a script with syntax errors is left alone, and a result that would parse
 * differently is discarded.
 */
public final class Formatter {

    static final String INDENT = "    ";

    private static final Pattern TAG = Pattern.compile(
            "\\(\\s*[0-9A-Fa-fXx@#]{4}\\s*,\\s*(\\{[^}\\n]*\\})?\\s*[0-9A-Fa-fXx@#]{2,4}\\s*\\)");
    private static final List<String> OPERATORS = List.of(":=", "?=", "!=", "!~", "=", "~", "?", ":");

    private enum Kind { WORD, STRING, COMMENT, TAG, OPERATOR, COMMA, OPEN, CLOSE, SLASH, OTHER }

    private record Token(Kind kind, String text, boolean spaceBefore) {
    }

    /** The edits that format the document (or the lines {@code within} touches); checks {@code cancel} per line. */
    public List<TextEdit> format(Snapshot doc, Optional<org.anonscript.script.Range> within, CancelChecker cancel) {
        if (doc.diagnostics().stream().anyMatch(Formatter::isSyntaxError)) {
            return List.of();
        }
        String formatted = format(doc.text(), cancel);
        cancel.checkCanceled();
        if (!sameMeaning(doc.text(), formatted, doc.config())) {
            return List.of();
        }
        cancel.checkCanceled();
        return edits(doc.source(), formatted, within, cancel);
    }

    private static boolean isSyntaxError(Diagnostic d) {
        return d.severity() == Severity.ERROR && (d.code().name().startsWith("DE0") || d.code().name().startsWith("DE2"));
    }

    /** Formatting is cosmetic: the formatted text must give the same statements and the same findings. */
    private static boolean sameMeaning(String before, String after, ProjectConfig config) {
        LintResult a = Linter.lint(before, config.analysisOptions());
        LintResult b = Linter.lint(after, config.analysisOptions());
        return shape(a).equals(shape(b));
    }

    private static List<String> shape(LintResult r) {
        List<String> out = new ArrayList<>();
        r.parse().script().statements().forEach(s -> out.add(s.getClass().getSimpleName()));
        r.diagnostics().forEach(d -> out.add(d.code().name()));
        return out;
    }

    /** One edit per changed line, limited to the lines {@code within} touches. */
    private static List<TextEdit> edits(SourceText source, String formatted, Optional<org.anonscript.script.Range> within,
            CancelChecker cancel) {
        String[] newLines = formatted.split("\n", -1);
        List<TextEdit> edits = new ArrayList<>();
        for (int line = 0; line < source.lineCount() && line < newLines.length; line++) {
            cancel.checkCanceled();
            if (within.isPresent() && (line < within.get().start().line() || line > within.get().end().line())) {
                continue;
            }
            String old = source.line(line);
            String replacement = newLines[line];
            // SourceText.line excludes the CR of a CRLF terminator, so the edit must too (else each run adds one)
            if (line + 1 < newLines.length && replacement.endsWith("\r")) {
                replacement = replacement.substring(0, replacement.length() - 1);
            }
            if (!old.equals(replacement)) {
                int start = source.offsetAt(line, 0);
                edits.add(new TextEdit(Lsp.range(source.range(start, start + old.length())), replacement));
            }
        }
        return edits;
    }

    /** The formatted text; same number of lines as the input, line terminators as they were. */
    public static String format(String text) {
        return format(text, () -> { });
    }

    private static String format(String text, CancelChecker cancel) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean continued = false;
        for (int i = 0; i < lines.length; i++) {
            cancel.checkCanceled();
            String line = lines[i];
            boolean cr = line.endsWith("\r");
            String content = cr ? line.substring(0, line.length() - 1) : line;
            if (i > 0) {
                out.append('\n');
            }
            boolean continues = content.endsWith("\\");
            if (continued || continues) {
                // a joined line is one logical line: keep it exactly as written
                out.append(content);
                depth = Math.max(0, depth + netDepth(tokens(content)));
            } else {
                List<Token> tokens = tokens(content);
                if (tokens.isEmpty()) {
                    out.append("");
                } else {
                    int lineDepth = depth;
                    if (tokens.get(0).kind() == Kind.CLOSE) {
                        lineDepth = Math.max(0, depth - 1);
                    }
                    out.append(INDENT.repeat(lineDepth)).append(render(tokens));
                    depth = Math.max(0, depth + netDepth(tokens));
                }
            }
            if (cr) {
                out.append('\r');
            }
            continued = continues;
        }
        return out.toString();
    }

    private static int netDepth(List<Token> tokens) {
        int d = 0;
        for (Token t : tokens) {
            if (t.kind() == Kind.OPEN) {
                d++;
            } else if (t.kind() == Kind.CLOSE) {
                d--;
            }
        }
        return d;
    }

    private static String render(List<Token> tokens) {
        StringBuilder s = new StringBuilder();
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (previous != null && space(previous, t, i == 1)) {
                s.append(' ');
            }
            s.append(t.text());
            previous = t;
        }
        return s.toString();
    }

    private static boolean space(Token a, Token b, boolean afterFirst) {
        if (b.kind() == Kind.COMMENT) {
            return true;
        }
        if (a.kind() == Kind.OPERATOR || b.kind() == Kind.OPERATOR) {
            return true;
        }
        if (b.kind() == Kind.COMMA) {
            return false;
        }
        if (a.kind() == Kind.COMMA) {
            return true;
        }
        if (a.kind() == Kind.SLASH || b.kind() == Kind.SLASH) {
            return false;
        }
        if (b.text().equals("[") || a.text().equals("[") || b.text().equals("]")) {
            return false;
        }
        if (afterFirst && a.text().equals("-") && (b.kind() == Kind.TAG || isLevel(b))) {
            return false;
        }
        if ((a.kind() == Kind.TAG || a.text().equals("]")) && isLevel(b) || isLevel(a) && b.kind() == Kind.TAG) {
            return false;
        }
        // anything else (condition parentheses, blocks, words) keeps whether it had a blank: DE010 depends on it
        return b.spaceBefore();
    }

    private static boolean isLevel(Token t) {
        return t.kind() == Kind.OTHER && (t.text().equals("*") || t.text().equals("+") || t.text().equals("."));
    }

    private static List<Token> tokens(String line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        boolean space = false;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (c == '"') {
                i++;
                while (i < n && line.charAt(i) != '"') {
                    i += line.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 1);
                kind = Kind.STRING;
            } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '/') {
                i = n;
                kind = Kind.COMMENT;
            } else if (c == '(' && tagAt(line, i) > i) {
                i = tagAt(line, i);
                out.add(new Token(Kind.TAG, normalTag(line.substring(start, i)), space || out.isEmpty()));
                space = false;
                continue;
            } else if (CompletionFeature.isWordChar(c)) {
                while (i < n && CompletionFeature.isWordChar(line.charAt(i))) {
                    i++;
                }
                kind = Kind.WORD;
            } else if (operatorAt(line, i) != null) {
                i += operatorAt(line, i).length();
                kind = Kind.OPERATOR;
            } else if (c == ',') {
                i++;
                kind = Kind.COMMA;
            } else if (c == '(' || c == '[' || c == '{') {
                i++;
                kind = Kind.OPEN;
            } else if (c == ')' || c == ']' || c == '}') {
                i++;
                kind = Kind.CLOSE;
            } else if (c == '/') {
                i++;
                kind = Kind.SLASH;
            } else {
                i++;
                kind = Kind.OTHER;
            }
            out.add(new Token(kind, line.substring(start, i), space));
            space = false;
        }
        return out;
    }

    private static String operatorAt(String line, int i) {
        for (String op : OPERATORS) {
            if (line.startsWith(op, i)) {
                return op;
            }
        }
        return null;
    }

    private static int tagAt(String line, int i) {
        Matcher m = TAG.matcher(line);
        m.region(i, line.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** {@code ( 0010 , 0010 )} → {@code (0010,0010)}; hex digits upper-cased, the creator kept as written. */
    private static String normalTag(String tag) {
        int brace = tag.indexOf('{');
        int close = tag.indexOf('}');
        if (brace < 0) {
            return upperHex(tag.replaceAll("\\s", ""));
        }
        String head = upperHex(tag.substring(0, brace).replaceAll("\\s", ""));
        String tail = upperHex(tag.substring(close + 1).replaceAll("\\s", ""));
        return head + tag.substring(brace, close + 1) + tail;
    }

    private static String upperHex(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= 'a' && c <= 'f' ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }
}
