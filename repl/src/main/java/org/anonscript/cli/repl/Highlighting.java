package org.anonscript.cli.repl;

import java.util.List;
import java.util.Optional;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.script.Dialect;
import org.anonscript.script.ParseOptions;
import org.anonscript.script.ParseResult;
import org.anonscript.script.ScriptParser;
import org.anonscript.syntax.SemanticTokenClassifier;
import org.anonscript.syntax.SemanticTokenClassifier.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the input line by the core's semantic token classes (the same ones the language server sends
 * to editors): tags cyan (unknown ones red, retired ones faint), functions yellow (unknown red), variables
 * magenta, strings green, numbers blue, keywords bold blue, comments grey; {@code :commands} bold.
 */
final class Highlighting implements Highlighter {

    private final ReplSession session;

    Highlighting(ReplSession session) {
        this.session = session;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (buffer.stripLeading().startsWith(":")) {
            int end = buffer.indexOf(' ');
            end = end < 0 ? buffer.length() : end;
            sb.styled(AttributedStyle.BOLD, buffer.substring(0, end)).append(buffer.substring(end));
            return sb.toAttributedString();
        }
        String preamble = session.dialect() == Dialect.DE6 ? "version \"6.7\"\n" : "";
        List<Token> tokens;
        try {
            ParseResult parsed = ScriptParser.parse(preamble + buffer, ParseOptions.defaults().withDialect(session.dialect()));
            tokens = SemanticTokenClassifier.tokens(parsed.script(), parsed.source(), VariableAnalysis.of(parsed.script()),
                    Optional.empty());
        } catch (RuntimeException e) {
            return new AttributedString(buffer); // highlighting must never get in the way of typing
        }
        int at = 0;
        for (Token t : tokens) {
            int start = t.offset() - preamble.length();
            int end = start + t.length();
            if (start < at || end > buffer.length()) {
                continue;
            }
            sb.append(buffer.substring(at, start));
            sb.styled(style(t), buffer.substring(start, end));
            at = end;
        }
        sb.append(buffer.substring(at));
        return sb.toAttributedString();
    }

    static AttributedStyle style(Token t) {
        AttributedStyle s = AttributedStyle.DEFAULT;
        return switch (t.type()) {
            case SemanticTokenClassifier.TAG -> t.has(SemanticTokenClassifier.UNKNOWN) ? s.foreground(AttributedStyle.RED)
                    : t.has(SemanticTokenClassifier.RETIRED) ? s.foreground(AttributedStyle.CYAN).faint()
                    : s.foreground(AttributedStyle.CYAN);
            case SemanticTokenClassifier.FUNCTION -> t.has(SemanticTokenClassifier.UNKNOWN)
                    ? s.foreground(AttributedStyle.RED) : s.foreground(AttributedStyle.YELLOW);
            case SemanticTokenClassifier.VARIABLE -> s.foreground(AttributedStyle.MAGENTA);
            case SemanticTokenClassifier.STRING -> s.foreground(AttributedStyle.GREEN);
            case SemanticTokenClassifier.NUMBER -> s.foreground(AttributedStyle.BLUE);
            case SemanticTokenClassifier.COMMENT -> s.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
            case SemanticTokenClassifier.KEYWORD -> s.foreground(AttributedStyle.BLUE).bold();
            case SemanticTokenClassifier.OPERATOR -> s.bold();
            default -> s;
        };
    }
}
