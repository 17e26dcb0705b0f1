package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.grammar.DE6Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Cuts a token list into top-level chunks at newlines, so each chunk can be parsed (and fail) on its
 * own — the statement-boundary recovery of the design. Newlines stay inside a chunk where DE6 allows
 * them: inside {@code { }} (lists and blocks) and between the parts of an if-chain. A bracket that
 * is still open at the end of the text makes the chunk end at its first line instead, so one
 * unclosed {@code {} does not swallow the rest of the script.
 */
final class ChunkSplitter {

    /** Tokens {@code [from, to)} of the list; never empty, never starting or ending with a newline. */
    record Chunk(int from, int to) {
    }

    private ChunkSplitter() {
    }

    /** DE4: every newline ends a statement. */
    static List<Chunk> byLine(List<Token> tokens, int newlineType) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            while (i < n && tokens.get(i).getType() == newlineType) {
                i++;
            }
            int start = i;
            while (i < n && tokens.get(i).getType() != newlineType) {
                i++;
            }
            if (i > start) {
                chunks.add(new Chunk(start, i));
            }
        }
        return chunks;
    }

    static List<Chunk> de6(List<Token> tokens) {
        List<Chunk> chunks = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        char[] stack = new char[16];
        while (i < n) {
            while (i < n && tokens.get(i).getType() == DE6Lexer.NEWLINE) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean isIf = tokens.get(i).getType() == DE6Lexer.IF;
            int depth = 0;
            int[] counts = new int[3];
            int firstNewline = -1;
            int j = i;
            for (; j < n; j++) {
                Token t = tokens.get(j);
                int type = t.getType();
                if (type == DE6Lexer.NEWLINE) {
                    if (firstNewline < 0) {
                        firstNewline = j;
                    }
                    if (depth == 0) {
                        if (isIf && continuesIfChain(tokens, j)) {
                            continue;
                        }
                        break;
                    }
                    if (stack[depth - 1] != '{') {
                        break; // ( and [ never span lines (except around a list inside them)
                    }
                    continue;
                }
                char open = opener(type);
                if (open != 0) {
                    if (depth == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, depth * 2);
                    }
                    stack[depth++] = open;
                    counts[kind(open)]++;
                    continue;
                }
                char close = closerFor(type);
                if (close != 0 && counts[kind(close)] > 0) {
                    // Pop down to the matching opener; a closer without one is ignored (the parse reports it).
                    while (depth > 0) {
                        char top = stack[--depth];
                        counts[kind(top)]--;
                        if (top == close) {
                            break;
                        }
                    }
                }
            }
            if (j >= n && depth > 0 && firstNewline >= 0) {
                j = firstNewline;
            }
            chunks.add(new Chunk(start, trimNewlines(tokens, start, j)));
            i = j;
        }
        return chunks;
    }

    private static int trimNewlines(List<Token> tokens, int start, int end) {
        while (end > start + 1 && tokens.get(end - 1).getType() == DE6Lexer.NEWLINE) {
            end--;
        }
        return end;
    }

    private static boolean continuesIfChain(List<Token> tokens, int newline) {
        for (int k = newline + 1; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type != DE6Lexer.NEWLINE) {
                return type == DE6Lexer.L_BRACE || type == DE6Lexer.ELSEIF || type == DE6Lexer.ELSE;
            }
        }
        return false;
    }

    private static int kind(char bracket) {
        return bracket == '(' ? 0 : bracket == '[' ? 1 : 2;
    }

    static char opener(int type) {
        return switch (type) {
            case DE6Lexer.L_PAREN, DE6Lexer.PUBLIC_GROUP, DE6Lexer.PVT_GROUP -> '(';
            case DE6Lexer.L_BRACKET -> '[';
            case DE6Lexer.L_BRACE -> '{';
            default -> 0;
        };
    }

    /** The opener a closing token matches. */
    static char closerFor(int type) {
        return switch (type) {
            case DE6Lexer.R_PAREN, DE6Lexer.PUBLIC_ELEMENT, DE6Lexer.PVT_ELEMENT, DE6Lexer.BAD_PVT_ELEMENT -> '(';
            case DE6Lexer.R_BRACKET -> '[';
            case DE6Lexer.R_BRACE -> '{';
            default -> 0;
        };
    }
}
