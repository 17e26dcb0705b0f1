package org.anonscript.cli.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anonscript.script.Dialect;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.CompletionMatcher;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.CompletionMatcherImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The terminal side of the REPL, and nothing else: JLine reads lines (continuation prompt while
 * {@link InputCompleteness} says the entry is unfinished, history, Tab completion from
 * {@link Completions}, highlighting), {@link ReplSession} handles them, their output is printed.
 * Ctrl-C cancels the line being typed; Ctrl-D (or {@code :quit}) leaves.
 */
public final class JLineRepl {

    /** How the REPL starts. {@code history} null means no history file. */
    public record Options(Dialect dialect, Map<String, String> variables, List<String> load, Path history,
            Boolean color) {
    }

    private JLineRepl() {
    }

    /** On the process's terminal (a dumb one when input is piped). */
    public static int runOnSystemTerminal(Options options) throws IOException {
        // No grapheme-cluster probe: it queries the terminal on the first read, and an answer arriving after
        // JLine's short wait (a busy machine, tmux) would be read as typed text.
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).graphemeCluster(false)
                .encoding(StandardCharsets.UTF_8).build()) {
            if (terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
                controlKeys(terminal);
            }
            return run(terminal, options);
        }
    }

    /** On a dumb terminal over byte streams (tests, scripting). */
    public static int runOnStreams(InputStream in, OutputStream out, Options options) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out).type(Terminal.TYPE_DUMB)
                .encoding(StandardCharsets.UTF_8).build()) {
            controlKeys(terminal);
            return run(terminal, options);
        }
    }

    /** Ctrl-C and Ctrl-D typed into a dumb terminal's input act as they do on a real one. */
    private static void controlKeys(Terminal terminal) {
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
        terminal.setAttributes(attributes);
    }

    static int run(Terminal terminal, Options options) {
        boolean dumb = terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
        boolean color = options.color() != null ? options.color() : !dumb;
        PrintWriter out = terminal.writer();
        ReplSession session = new ReplSession(options.dialect(), options.variables(), color, line -> {
            out.println(line);
            out.flush();
        });
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("anonscript")
                .parser(new EntryParser())
                .completer((reader, line, candidates) -> candidates.addAll(candidates(session, line)))
                .completionMatcher(new SuggestionMatcher())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P...> ")
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, false);
        if (options.history() != null) {
            builder.variable(LineReader.HISTORY_FILE, options.history());
        }
        if (color) {
            builder.highlighter(new Highlighting(session));
        }
        LineReader reader = builder.build();
        out.println("anonscript repl: DicomEdit " + options.dialect().label()
                + ". Type a statement or an expression; :help lists the commands, Ctrl-D leaves.");
        if (!options.load().isEmpty()) {
            out.print(session.handle(":load " + String.join(" ", options.load().stream().map(JLineRepl::quoted).toList())));
        }
        out.flush();
        int terminalErrors = 0;
        while (!session.finished()) {
            String line;
            try {
                line = reader.readLine("de" + session.dialect().label() + "> ");
                terminalErrors = 0;
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: the line is dropped, the session goes on
            } catch (EndOfFileException e) {
                break;
            } catch (java.io.IOError e) {
                // The exec terminal runs stty; a Ctrl-C that lands while it runs kills it. Drop the line, go on,
                // but give up if the terminal keeps failing.
                if (++terminalErrors > 3) {
                    out.println("the terminal keeps failing (" + e.getMessage() + "); leaving");
                    break;
                }
                out.println();
                continue;
            }
            try {
                out.print(session.handle(line));
            } catch (RuntimeException e) {
                out.println("internal error: " + e); // the session stays usable
            }
            out.flush();
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out.println("could not save the history: " + e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static String quoted(String path) {
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }

    private static List<Candidate> candidates(ReplSession session, ParsedLine line) {
        List<Candidate> out = new ArrayList<>();
        for (Completions.Suggestion s : Completions.complete(line.line(), line.cursor(), session.dialect(),
                session.variableNames())) {
            out.add(new Candidate(s.value(), s.display(), null, null, null, s.key(), false));
        }
        return out;
    }

    /** Unfinished entries continue on the next line; the word for completion is the core's notion of a word. */
    static final class EntryParser implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE) {
                String missing = InputCompleteness.missing(line);
                if (!missing.isEmpty()) {
                    throw new EOFError(-1, cursor, "unfinished entry", missing);
                }
            }
            return new Entry(line, cursor, Completions.wordAt(line, cursor));
        }
    }

    record Entry(String line, int cursor, Completions.Word at) implements CompletingParsedLine {
        @Override
        public String word() {
            return at.text();
        }

        @Override
        public int wordCursor() {
            return at.text().length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(at.text());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return at.text().length();
        }
    }

    /**
     * The completer already chose the candidates (a tag found by its keyword completes to its number, which
     * does not start with the typed word), so they are all kept; the common prefix is that of what the word
     * was matched against, so {@code PatientBi} grows to {@code PatientBirth} while several tags remain.
     */
    static final class SuggestionMatcher extends CompletionMatcherImpl implements CompletionMatcher {
        private List<Candidate> chosen = List.of();

        @Override
        public List<Candidate> matches(List<Candidate> candidates) {
            List<Candidate> unique = new ArrayList<>();
            for (Candidate c : candidates) {
                if (unique.stream().noneMatch(u -> u.value().equals(c.value()))) {
                    unique.add(c);
                }
            }
            chosen = unique;
            return unique;
        }

        @Override
        public Candidate exactMatch() {
            return chosen.size() == 1 ? chosen.get(0) : null;
        }

        @Override
        public String getCommonPrefix() {
            String prefix = null;
            for (Candidate c : chosen) {
                String k = c.key() == null ? c.value() : c.key();
                if (prefix == null) {
                    prefix = k;
                } else {
                    int n = 0;
                    while (n < prefix.length() && n < k.length() && prefix.charAt(n) == k.charAt(n)) {
                        n++;
                    }
                    prefix = prefix.substring(0, n);
                }
            }
            return prefix == null ? "" : prefix;
        }
    }
}
