package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.grammar.DE4Lexer;
import org.anonscript.grammar.DE4Parser;
import org.anonscript.grammar.DE6Lexer;
import org.anonscript.grammar.DE6Parser;
import org.antlr.v4.runtime.ANTLRInputStream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Entry point of the front end: text in, AST plus syntax diagnostics out. Never throws.
 *
 * <p>Pipeline: detect the dialect (spec §1); for DE6 join continued lines and remove comments with a
 * source map back to the user's text (spec §2.1–2.2); lex the whole text once; cut the tokens into
 * top-level statements at newlines ({@link ChunkSplitter}); parse each with SLL prediction, falling
 * back to full LL only when SLL fails; a chunk that still fails becomes a {@link Statement.Erroneous}
 * explained by {@link SyntaxDiagnosis}, and parsing continues with the next one.
 */
public final class ScriptParser {

    /** A version statement the detector of spec §1 does not accept (leading blanks, trailing comment, …). */
    private static final java.util.regex.Pattern MISSED_VERSION_LINE =
            java.util.regex.Pattern.compile("(?m)^[ \t]*version[ \t]+\"");

    private ScriptParser() {
    }

    /** Parses in the dialect chosen by the detector of spec §1. */
    public static ParseResult parse(String text) {
        return parse(text, ParseOptions.defaults());
    }

    /** Parses in the given dialect regardless of the version line (CLI {@code --dialect}, REPL {@code :dialect}). */
    public static ParseResult parse(String text, Dialect dialect) {
        return parse(text, ParseOptions.defaults().withDialect(dialect));
    }

    public static ParseResult parse(String text, ParseOptions options) {
        String safeText = text == null ? "" : text;
        SourceText source = new SourceText(safeText);
        Optional<String> version = DialectDetector.detectVersion(safeText);
        Dialect dialect = options.dialect().orElse(version.isPresent() ? Dialect.DE6 : Dialect.DE4);
        try {
            return dialect == Dialect.DE6
                    ? new De6Run(source, version, options).run()
                    : new De4Run(source, version, options).run();
        } catch (RuntimeException | StackOverflowError bug) {
            // Last line of defence: a parser bug must not take the editor down with it.
            Range all = source.range(0, safeText.length());
            Diagnostic d = Diagnostic.of(DiagnosticCode.DE005, all,
                    "The script could not be read (" + bug.getClass().getSimpleName() + "); please report this.");
            Script script = new Script(dialect, version, List.of(new Statement.Erroneous(safeText, all)), List.of(), all);
            return new ParseResult(script, List.of(d), source);
        }
    }

    /** Whether the text parses without any syntax diagnostic in the given dialect (e.g. for DE301). */
    public static boolean parsesCleanly(String text, Dialect dialect) {
        return parse(text, dialect).diagnostics().isEmpty();
    }

    /** A chunk's parse: the tree, or the exception that explains the failure (null for stack overflow). */
    private record Attempt<T extends ParserRuleContext>(T tree, RecognitionException failure) {
    }

    @FunctionalInterface
    private interface Rule<P extends Parser, T extends ParserRuleContext> {
        T parse(P parser);
    }

    /** SLL first (fast, almost always right); full LL only when SLL reports an error (design: ≥200k statements/s). */
    private static <P extends Parser, T extends ParserRuleContext> Attempt<T> parseChunk(
            P parser, List<Token> tokens, Rule<P, T> rule) {
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
        parser.setTokenStream(stream);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return new Attempt<>(rule.parse(parser), null);
        } catch (ParseCancellationException sllFailed) {
            if (tooDeepForLl(tokens)) {
                // Full-context prediction costs grow with the nesting depth; SLL's answer is good enough
                // to explain a statement nobody writes by hand.
                RecognitionException cause = sllFailed.getCause() instanceof RecognitionException r ? r : null;
                return new Attempt<>(null, cause);
            }
            stream.seek(0);
            parser.setTokenStream(stream);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return new Attempt<>(rule.parse(parser), null);
            } catch (ParseCancellationException failed) {
                RecognitionException cause = failed.getCause() instanceof RecognitionException r ? r : null;
                return new Attempt<>(null, cause);
            } catch (StackOverflowError tooDeep) {
                return new Attempt<>(null, null);
            }
        } catch (StackOverflowError tooDeep) {
            return new Attempt<>(null, null);
        }
    }

    private static final int MAX_LL_NESTING = 100;

    private static boolean tooDeepForLl(List<Token> tokens) {
        int depth = 0;
        for (Token t : tokens) {
            String text = t.getText();
            char first = text.isEmpty() ? ' ' : text.charAt(0);
            char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
            if (first == '(' || first == '[' || first == '{') {
                if (++depth > MAX_LL_NESTING) {
                    return true;
                }
            } else if (last == ')' || last == ']' || last == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }

    /**
     * The fast path: the whole token list in one SLL parse. Null when that fails for any reason (a syntax
     * error, an SLL conflict, nesting too deep); the caller then parses chunk by chunk.
     */
    private static <P extends Parser, T extends ParserRuleContext> T parseWhole(
            P parser, List<Token> tokens, Rule<P, T> rule) {
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.parse(parser);
        } catch (ParseCancellationException | StackOverflowError failed) {
            return null;
        }
    }

    private static <P extends Parser> P configure(P parser) {
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setBuildParseTree(true);
        return parser;
    }

    @SuppressWarnings("deprecation") // ANTLRInputStream counts UTF-16 units, which is what Position uses
    private static ANTLRInputStream chars(String text) {
        return new ANTLRInputStream(text);
    }

    private static boolean isInclude(List<Token> chunk, int idType, int assignType, int bracketType) {
        Token first = chunk.get(0);
        if (first.getType() != idType || !first.getText().equals("include")) {
            return false;
        }
        return chunk.size() == 1 || (chunk.get(1).getType() != assignType && chunk.get(1).getType() != bracketType);
    }

    private static Range toLineEnd(SourceText source, Range range) {
        int line = range.end().line();
        int end = source.offsetAt(line, 0) + source.line(line).length();
        return source.range(range.start().offset(), Math.max(end, range.end().offset()));
    }

    private static Diagnostic includeDiagnostic(Range range) {
        return Diagnostic.of(DiagnosticCode.DE008, range,
                "`include` is a host option that is off by default in XNAT: paste the included script here,"
                        + " or enable include in the settings.");
    }

    /** One DE6 parse. */
    private static final class De6Run {
        private final SourceText source;
        private final Optional<String> version;
        private final ParseOptions options;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        De6Run(SourceText source, Optional<String> version, ParseOptions options) {
            this.source = source;
            this.version = version;
            this.options = options;
        }

        ParseResult run() {
            Preprocessor.Result pre = Preprocessor.run(source);
            diagnostics.addAll(pre.diagnostics());
            SourceMap map = pre.map();
            DE6Lexer lexer = new DE6Lexer(chars(pre.text()));
            lexer.removeErrorListeners();
            List<Token> tokens = tokens(lexer);
            DE6Parser parser = configure(new DE6Parser(null));
            De6AstBuilder builder = new De6AstBuilder(map, diagnostics);
            Range all = source.range(0, source.text().length());
            if (tokens.isEmpty()) {
                return new ParseResult(new Script(Dialect.DE6, version, List.of(), pre.comments(), all), diagnostics, source);
            }
            DE6Parser.ScriptContext whole = parseWhole(parser, tokens, DE6Parser::script);
            if (whole != null) {
                int mark = diagnostics.size();
                try {
                    List<Statement> statements = builder.script(whole);
                    return new ParseResult(new Script(Dialect.DE6, version, statements, pre.comments(), all),
                            diagnostics, source);
                } catch (StackOverflowError tooDeep) {
                    diagnostics.subList(mark, diagnostics.size()).clear();
                }
            }
            List<Statement> statements = new ArrayList<>();
            for (ChunkSplitter.Chunk c : ChunkSplitter.de6(tokens)) {
                List<Token> chunk = tokens.subList(c.from(), c.to());
                Range range = map.range(chunk.get(0), chunk.get(chunk.size() - 1));
                if (isInclude(chunk, DE6Lexer.ID, DE6Lexer.OP_ASSIGN, DE6Lexer.L_BRACKET)) {
                    range = toLineEnd(source, range); // `file:///x` loses its `//x` to comment removal
                    if (!options.includeEnabled()) {
                        diagnostics.add(includeDiagnostic(range));
                        statements.add(new Statement.Erroneous(map.text(range), range));
                    }
                    continue;
                }
                Attempt<DE6Parser.ChunkContext> attempt = parseChunk(parser, chunk, DE6Parser::chunk);
                List<Statement> built = null;
                if (attempt.tree() != null) {
                    built = build(builder, attempt.tree());
                } else if (chunk.get(0).getType() == DE6Lexer.IF) {
                    int mark = diagnostics.size();
                    built = BlockRecovery.recover(chunk, attempt.failure(),
                            part -> {
                                Attempt<DE6Parser.ChunkContext> a = parseChunk(parser, part, DE6Parser::chunk);
                                List<Statement> ok = a.tree() == null ? null : build(builder, a.tree());
                                return new BlockRecovery.Outcome(ok, a.failure());
                            },
                            (line, failure) -> {
                                Range lineRange = map.range(line.get(0), line.get(line.size() - 1));
                                diagnostics.addAll(SyntaxDiagnosis.de6(line, failure, map, pre.text()));
                                return new Statement.Erroneous(map.text(lineRange), lineRange);
                            });
                    if (built == null) {
                        diagnostics.subList(mark, diagnostics.size()).clear();
                    }
                }
                if (built != null) {
                    statements.addAll(built);
                } else {
                    diagnostics.addAll(SyntaxDiagnosis.de6(chunk, attempt.failure(), map, pre.text()));
                    statements.add(new Statement.Erroneous(map.text(range), range));
                }
            }
            Script script = new Script(Dialect.DE6, version, statements, pre.comments(), all);
            return new ParseResult(script, diagnostics, source);
        }

        private List<Statement> build(De6AstBuilder builder, DE6Parser.ChunkContext tree) {
            int mark = diagnostics.size();
            try {
                return builder.chunk(tree);
            } catch (StackOverflowError tooDeep) {
                diagnostics.subList(mark, diagnostics.size()).clear();
                return null;
            }
        }

        private static List<Token> tokens(Lexer lexer) {
            List<Token> tokens = new ArrayList<>();
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                tokens.add(t);
            }
            return tokens;
        }
    }

    /** One DE4 parse. */
    private static final class De4Run {
        private final SourceText source;
        private final Optional<String> version;
        private final ParseOptions options;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        De4Run(SourceText source, Optional<String> version, ParseOptions options) {
            this.source = source;
            this.version = version;
            this.options = options;
        }

        ParseResult run() {
            SourceMap map = SourceMap.identity(source);
            DE4Lexer lexer = new DE4Lexer(chars(source.text()));
            lexer.removeErrorListeners();
            List<Token> tokens = new ArrayList<>();
            List<Script.Comment> comments = new ArrayList<>();
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getType() == DE4Lexer.COMMENT) {
                    comments.add(new Script.Comment(t.getText().substring(2), map.range(t)));
                } else {
                    tokens.add(t);
                }
            }
            DE4Parser parser = configure(new DE4Parser(null));
            De4AstBuilder builder = new De4AstBuilder(map, diagnostics);
            Range all = source.range(0, source.text().length());
            if (!tokens.isEmpty()) {
                DE4Parser.ScriptContext whole = parseWhole(parser, tokens, DE4Parser::script);
                if (whole != null) {
                    int mark = diagnostics.size();
                    try {
                        List<Statement> statements = new ArrayList<>();
                        for (DE4Parser.StatementContext st : whole.statement()) {
                            statements.add(builder.statement(st));
                        }
                        return new ParseResult(new Script(Dialect.DE4, version, statements, comments, all),
                                diagnostics, source);
                    } catch (StackOverflowError tooDeep) {
                        diagnostics.subList(mark, diagnostics.size()).clear();
                    }
                }
            }
            List<Statement> statements = new ArrayList<>();
            Boolean de6Syntax = null;
            for (ChunkSplitter.Chunk c : ChunkSplitter.byLine(tokens, DE4Lexer.NEWLINE)) {
                List<Token> chunk = tokens.subList(c.from(), c.to());
                Range range = map.range(chunk.get(0), chunk.get(chunk.size() - 1));
                if (isInclude(chunk, DE4Lexer.ID, DE4Lexer.ASSIGN, DE4Lexer.LEFT)) {
                    if (!options.includeEnabled()) {
                        diagnostics.add(includeDiagnostic(range));
                        statements.add(new Statement.Erroneous(map.text(range), range));
                    }
                    continue;
                }
                Attempt<DE4Parser.ChunkContext> attempt = parseChunk(parser, chunk, DE4Parser::chunk);
                if (attempt.tree() != null && buildLine(builder, attempt.tree(), statements)) {
                    continue;
                }
                if (de6Syntax == null) {
                    de6Syntax = parsesCleanly(source.text(), Dialect.DE6);
                }
                String hint = !de6Syntax ? ""
                        : MISSED_VERSION_LINE.matcher(source.text()).find()
                        ? " This is DicomEdit 6 syntax, but XNAT did not recognise the version line, so it runs the"
                                + " script as DicomEdit 4: write it exactly as `version \"6.x\"` at the start of a line,"
                                + " with nothing after it (no comment, no trailing blank)."
                        : " This is DicomEdit 6 syntax, but without a `version \"6.x\"` line XNAT runs the script as"
                                + " DicomEdit 4: add a version line as the first line.";
                diagnostics.addAll(SyntaxDiagnosis.de4(chunk, attempt.failure(), map, source.text(), hint));
                statements.add(new Statement.Erroneous(map.text(range), range));
            }
            Script script = new Script(Dialect.DE4, version, statements, comments, all);
            return new ParseResult(script, diagnostics, source);
        }

        /** Adds the line's statements; false (nothing added) when the tree is too deep to walk. */
        private boolean buildLine(De4AstBuilder builder, DE4Parser.ChunkContext tree, List<Statement> statements) {
            int mark = diagnostics.size();
            List<Statement> built = new ArrayList<>();
            try {
                List<DE4Parser.StatementContext> parsed = tree.statement();
                for (int i = 0; i < parsed.size(); i++) {
                    Statement st = builder.statement(parsed.get(i));
                    if (i > 0) {
                        diagnostics.add(Diagnostic.of(DiagnosticCode.DE005, st.range(),
                                "DicomEdit 4 needs a line break between statements: start this one on a new line."));
                    }
                    built.add(st);
                }
            } catch (StackOverflowError tooDeep) {
                diagnostics.subList(mark, diagnostics.size()).clear();
                return false;
            }
            statements.addAll(built);
            return true;
        }
    }
}
