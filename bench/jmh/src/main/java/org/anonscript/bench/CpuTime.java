package org.anonscript.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.Analyzer;
import org.anonscript.script.ParseResult;
import org.anonscript.script.ScriptParser;

/**
 * A second opinion next to JMH for a busy machine: the best of several runs measured in the thread's
 * CPU time, which other processes competing for the cores do not inflate the way they inflate wall time.
 * Run: {@code java -cp bench/jmh/target/benchmarks.jar org.anonscript.bench.CpuTime [statements...]}
 */
public final class CpuTime {

    private static final int RUNS = 20;

    private CpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] sizes = args.length > 0 ? args : new String[] {"10000"};
        for (String size : sizes) {
            int statements = Integer.parseInt(size);
            String script = ScriptGenerator.generate(statements).text();
            long bestParse = Long.MAX_VALUE;
            long bestAnalyze = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                long start = threads.getCurrentThreadCpuTime();
                ParseResult parsed = ScriptParser.parse(script);
                long parsedAt = threads.getCurrentThreadCpuTime();
                Analyzer.analyze(parsed, AnalysisOptions.defaults());
                long analyzedAt = threads.getCurrentThreadCpuTime();
                bestParse = Math.min(bestParse, parsedAt - start);
                bestAnalyze = Math.min(bestAnalyze, analyzedAt - parsedAt);
            }
            System.out.printf("%,d statements: parse %.0f ms + analyze %.0f ms CPU -> %,.0f statements/s (parse alone %,.0f/s)%n",
                    statements, bestParse / 1e6, bestAnalyze / 1e6,
                    statements / ((bestParse + bestAnalyze) / 1e9), statements / (bestParse / 1e9));
        }
    }
}
