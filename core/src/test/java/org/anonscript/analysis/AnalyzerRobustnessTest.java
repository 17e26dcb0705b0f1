package org.anonscript.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.Optional;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.Identifier;
import org.anonscript.script.PathStep;
import org.anonscript.script.Range;
import org.anonscript.script.Script;
import org.anonscript.script.SourceText;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;
import org.anonscript.script.ParseResult;
import org.anonscript.script.ScriptParser;
import org.junit.jupiter.api.Test;

/** The analyzer never throws, whatever the parser hands it, and stays fast on long scripts. */
class AnalyzerRobustnessTest {

    private static final String FRAGMENTS = "()[]{},:=?-~!/*+.%@#X\"'\\\n 0123456789abcdef";
    private static final String[] TOKENS = {"(0010,0010)", "(0019,{ACME}10)", "*/", "[%]", "[0]", ":=", "?=",
        " ? ", " : ", "if (", ") {", "}", "elseif", "else", "{", "hashUID[", "format[\"{0}'\", ", "removeTags[",
        "isPresent[", "]", "\"", "version \"6.6\"\n", "x", "echo ", "removeAllPrivateTags\n", "new UID", "\\\n"};

    @Test
    void mutatedCorpusScriptsNeverMakeTheAnalyzerThrow() throws Exception {
        long seed = 20261129L;
        Random random = new Random(seed);
        List<String> corpus = corpus();
        for (int i = 0; i < 120; i++) {
            String input = mutate(corpus.get(random.nextInt(corpus.size())), random);
            for (Dialect dialect : Dialect.values()) {
                try {
                    ParseResult parsed = ScriptParser.parse(input, dialect);
                    Analyzer.analyze(parsed, AnalysisOptions.defaults());
                } catch (RuntimeException | StackOverflowError e) {
                    fail("seed " + seed + ", iteration " + i + ", " + dialect + ": " + e + "\ninput:\n" + input, e);
                }
            }
        }
    }

    @Test
    void aLongScriptIsAnalyzedWithoutFalseAlarmsFromTheStatefulRules() {
        ParseResult large = longScript(2500);
        List<Diagnostic> found = Analyzer.analyze(large, AnalysisOptions.defaults());
        // each step hashes its own element once, reads it before writing it again, and assigns every
        // variable unconditionally: nothing is hashed twice, overwritten unread or assigned on some branches
        assertThat(found).extracting(Diagnostic::code)
                .doesNotContain(DiagnosticCode.DE410, DiagnosticCode.DE406, DiagnosticCode.DE404);
    }

    /**
     * Built as an AST (parsing 20,000 statements would time the parser, not the analyzer): per step a
     * hash, a variable, a copy back and a private deletion, touching every rule that keeps state.
     */
    private static ParseResult longScript(int steps) {
        Range r = Range.EMPTY;
        List<Statement> statements = new ArrayList<>();
        statements.add(new Statement.Version(new Expression.StringLiteral("6.6", "6.6", r), r));
        for (int i = 0; i < steps; i++) {
            TagPath tag = path(new TagPattern(String.format("%04X", 0x0010 + 2 * (i >> 12)),
                    String.format("%04X", i & 0xFFF), Optional.empty(), r));
            Identifier v = new Identifier("v" + i, r);
            statements.add(new Statement.TagAssignment(tag, call("hashUID", new Expression.PathExpr(tag, r)), false,
                    r, r));
            statements.add(new Statement.VariableAssignment(v, call("format",
                    new Expression.StringLiteral("{0}", "{0}", r), new Expression.PathExpr(tag, r)), r));
            statements.add(new Statement.TagAssignment(tag, new Expression.VariableRef(v, r), false, r, r));
            statements.add(new Statement.Deletion(path(new TagPattern("0009", "10", Optional.of("ACME"), r)), r));
        }
        Script script = new Script(Dialect.DE6, Optional.of("6.6"), statements, List.of(), r);
        return new ParseResult(script, List.of(), new SourceText("version \"6.6\"\n"));
    }

    private static TagPath path(TagPattern tag) {
        return new TagPath(List.of(new PathStep.TagStep(tag, Optional.empty(), Range.EMPTY)), Range.EMPTY);
    }

    private static Expression.FunctionCall call(String name, Expression... args) {
        return new Expression.FunctionCall(new Identifier(name, Range.EMPTY), List.of(args), Range.EMPTY);
    }

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, FRAGMENTS.charAt(random.nextInt(FRAGMENTS.length())));
                case 1 -> {
                    if (s.length() > 0) {
                        s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                    }
                }
                case 2 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> {
                    int from = s.length() == 0 ? 0 : random.nextInt(s.length());
                    int to = Math.min(s.length(), from + random.nextInt(40));
                    s.insert(at, s.substring(from, to));
                }
            }
        }
        return s.toString();
    }

    private static List<String> corpus() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("valid", "invalid")) {
            Path dir = Path.of(AnalyzerRobustnessTest.class.getResource("/corpus/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }
}
