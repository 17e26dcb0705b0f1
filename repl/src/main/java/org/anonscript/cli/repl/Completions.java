package org.anonscript.cli.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.dicom.DatasetText;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.script.Dialect;

/**
 * What Tab offers for the word before the cursor, from the core: tags by keyword, name or number
 * ({@link Dictionary#search}), functions ({@link Functions}), variables, {@code :commands}, and file paths
 * after {@code :load}, {@code :run}, {@code :save} and {@code :write}. Tags complete to their DicomEdit
 * spelling {@code (gggg,eeee)}: the keyword is how you find a tag, the number is what the script says.
 */
public final class Completions {

    /** Up to this many tags are offered. */
    static final int TAG_LIMIT = 40;

    /**
     * One offer.
     *
     * @param value   the text that replaces the word
     * @param display what the list shows
     * @param kind    tag, function, variable, command or path
     * @param key     what the typed word was matched against (a tag's keyword; otherwise the value)
     */
    public record Suggestion(String value, String display, String kind, String key) {
    }

    /** The word being completed: where it starts in the line and its text. */
    public record Word(int start, String text) {
    }

    private Completions() {
    }

    /** The word before {@code cursor}: a run of letters, digits, {@code _ ( , :} characters, or a path after a command. */
    public static Word wordAt(String line, int cursor) {
        String before = line.substring(0, cursor);
        if (isPathCommand(before)) {
            int space = before.lastIndexOf(' ');
            return new Word(space + 1, before.substring(space + 1));
        }
        int start = cursor;
        while (start > 0 && wordChar(before.charAt(start - 1))) {
            start--;
        }
        // A tag being typed, "(0010,00": include the opening parenthesis.
        return new Word(start, before.substring(start));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '(' || c == ',';
    }

    private static boolean isPathCommand(String before) {
        String t = before.stripLeading();
        for (String c : List.of(":load ", ":run ", ":save ", ":write ")) {
            if (t.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    public static List<Suggestion> complete(String line, int cursor, Dialect dialect, Set<String> variables) {
        Word word = wordAt(line, cursor);
        String w = word.text();
        List<Suggestion> out = new ArrayList<>();
        if (isPathCommand(line.substring(0, cursor))) {
            paths(w, out);
            return out;
        }
        if (w.startsWith(":")) {
            for (String c : ReplSession.COMMANDS.keySet()) {
                if (c.startsWith(w.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(c, c, "command", c));
                }
            }
            return out;
        }
        String bare = w.startsWith("(") ? w.substring(1) : w;
        if (bare.isEmpty() && !w.startsWith("(")) {
            return out;
        }
        tags(bare, out);
        if (!w.startsWith("(")) {
            for (FunctionSpec f : Functions.forDialect(dialect)) {
                if (f.name().toLowerCase(Locale.ROOT).startsWith(w.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(f.name() + "[", f.signature(), "function", f.name()));
                }
            }
            for (String v : variables) {
                if (v.toLowerCase(Locale.ROOT).startsWith(w.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(v, v, "variable", v));
                }
            }
        }
        return out;
    }

    /** A keyword typed in full completes to that tag alone, not to longer keywords that start with it. */
    private static void tags(String typed, List<Suggestion> out) {
        Dictionary dictionary = Dictionary.standard();
        Optional<DictionaryEntry> exact = dictionary.byKeyword(typed);
        List<DictionaryEntry> found = exact.isPresent() && exact.get().mask() == DictionaryEntry.EXACT
                ? List.of(exact.get()) : dictionary.search(typed, TAG_LIMIT);
        for (DictionaryEntry e : found) {
            if (e.mask() != DictionaryEntry.EXACT || e.keyword().isEmpty()) {
                continue; // repeating groups have no single tag to insert
            }
            String tag = DatasetText.tagText(e.tag());
            out.add(new Suggestion(tag, e.keyword() + " " + tag + (e.retired() ? " (retired)" : ""), "tag", e.keyword()));
        }
    }

    private static void paths(String typed, List<Suggestion> out) {
        Path base = typed.isEmpty() ? Path.of(".") : Path.of(typed);
        Path dir;
        String prefix;
        if (typed.endsWith("/") || (!typed.isEmpty() && Files.isDirectory(base) && typed.endsWith("/"))) {
            dir = base;
            prefix = "";
        } else {
            dir = base.getParent() == null ? Path.of(".") : base.getParent();
            prefix = base.getFileName() == null ? "" : base.getFileName().toString();
            if (typed.isEmpty()) {
                prefix = "";
            }
        }
        String shownDir = typed.contains("/") ? typed.substring(0, typed.lastIndexOf('/') + 1) : "";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            List<Suggestion> found = new ArrayList<>();
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && (!name.startsWith(".") || prefix.startsWith("."))) {
                    String value = shownDir + name + (Files.isDirectory(p) ? "/" : "");
                    found.add(new Suggestion(value, name + (Files.isDirectory(p) ? "/" : ""), "path", value));
                }
            }
            found.sort(java.util.Comparator.comparing(Suggestion::value));
            out.addAll(found);
        } catch (IOException e) {
            // no such folder: nothing to offer
        }
    }
}
