package org.anonscript.cli.repl;

/**
 * Whether the REPL should read another line before handling the input: an open {@code { [ (} outside
 * strings and comments, an unterminated string, or a line ending in {@code \} continues the entry.
 * Purely lexical (the parser decides what the entry means once it is complete).
 */
public final class InputCompleteness {

    private InputCompleteness() {
    }

    /** What is missing, e.g. {@code "}"}; empty when the input is complete. */
    public static String missing(String input) {
        if (input.strip().startsWith(":")) {
            return "";
        }
        StringBuilder open = new StringBuilder();
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (inString) {
                if (c == '\\' && i + 1 < input.length()) {
                    i++;
                } else if (c == quote) {
                    inString = false;
                } else if (c == '\n') {
                    inString = false; // strings do not span lines; the parser reports it
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '/' && i + 1 < input.length() && input.charAt(i + 1) == '/') {
                int end = input.indexOf('\n', i);
                if (end < 0) {
                    break;
                }
                i = end;
            } else if (c == '{' || c == '[' || c == '(') {
                open.append(c);
            } else if (c == '}' || c == ']' || c == ')') {
                if (open.length() > 0 && open.charAt(open.length() - 1) == opening(c)) {
                    open.setLength(open.length() - 1);
                } else {
                    return ""; // unbalanced: let the parser report it now
                }
            }
        }
        if (inString) {
            return String.valueOf(quote);
        }
        if (open.length() > 0) {
            return String.valueOf(closing(open.charAt(open.length() - 1)));
        }
        String trimmed = input.stripTrailing();
        if (trimmed.endsWith("\\") && input.endsWith("\\")) {
            return "\\";
        }
        return "";
    }

    public static boolean isComplete(String input) {
        return missing(input).isEmpty();
    }

    private static char opening(char c) {
        return c == '}' ? '{' : c == ']' ? '[' : '(';
    }

    private static char closing(char c) {
        return c == '{' ? '}' : c == '[' ? ']' : ')';
    }
}
