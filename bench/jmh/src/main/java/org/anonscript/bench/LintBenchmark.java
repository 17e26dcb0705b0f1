package org.anonscript.bench;

import java.util.concurrent.TimeUnit;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.LintResult;
import org.anonscript.analysis.Linter;
import org.anonscript.script.ParseResult;
import org.anonscript.script.ScriptParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Front-end throughput on a generated 10,000-statement DicomEdit 6 script. Scores are statements per
 * second: each invocation handles {@link #STATEMENTS} statements.
 * Run: {@code java -jar bench/jmh/target/benchmarks.jar LintBenchmark -wi 4 -i 4 -f 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
// The warm consumer of the front end, the language server, runs with the parallel collector (see the
// launcher and the VS Code extension's default VM arguments). A lint allocates about 5 KB per statement, so
// the collector matters: add -jvmArgs "-XX:+UseG1GC" to see the JVM's default.
@Fork(jvmArgsAppend = "-XX:+UseParallelGC")
@OutputTimeUnit(TimeUnit.SECONDS)
public class LintBenchmark {

    static final int STATEMENTS = 10_000;

    private String script;
    private AnalysisOptions options;

    @Setup
    public void setup() {
        script = ScriptGenerator.generate(STATEMENTS).text();
        options = AnalysisOptions.defaults();
    }

    /** Parse plus analysis: what {@code anonscript lint} and the language server run on every change. */
    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public LintResult parseAndAnalyze() {
        return Linter.lint(script, options);
    }

    /** Parsing alone, to see how the time splits. */
    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public ParseResult parseOnly() {
        return ScriptParser.parse(script);
    }
}
