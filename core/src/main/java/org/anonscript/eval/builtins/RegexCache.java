package org.anonscript.eval.builtins;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.anonscript.eval.EvaluationException;
import org.anonscript.eval.RunStop;

/**
 * Compiled Java regular expressions (spec §9: DicomEdit uses {@code java.util.regex} unchanged), shared
 * by conditions, {@code match} and {@code ismatch}. A script applies the same few patterns to every file
 * of a run, so compiling each once matters; files are evaluated in parallel, so the cache is concurrent.
 * It is bounded: a script building patterns from element values cannot make it grow without limit.
 */
public final class RegexCache {

    private static final int MAX_ENTRIES = 512;

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private RegexCache() {
    }

    /**
     * The compiled {@code regex}.
     *
     * @throws EvaluationException when the pattern is null or not a valid Java regular expression
     */
    public static Pattern compile(String regex) {
        if (regex == null) {
            throw new EvaluationException("regular expression is null");
        }
        Pattern cached = PATTERNS.get(regex);
        if (cached != null) {
            return cached;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new EvaluationException("invalid regular expression '" + regex + "': " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""), e);
        }
        if (PATTERNS.size() >= MAX_ENTRIES) {
            PATTERNS.clear(); // crude but safe: the few patterns in use are recompiled on the next call
        }
        PATTERNS.put(regex, compiled);
        return compiled;
    }

    /** Whether the whole of {@code text} matches {@code regex} ({@link String#matches} semantics). */
    public static boolean fullMatch(String text, String regex) {
        return compile(regex).matcher(RunStop.watched(text)).matches();
    }
}
