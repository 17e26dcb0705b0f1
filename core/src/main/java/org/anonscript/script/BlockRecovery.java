package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anonscript.grammar.DE6Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Recovery inside if-blocks: when an if-chain fails because of one line inside a block, that line is
 * taken out and the chain parsed again (up to a limit), so the chain and its other statements survive
 * and only the bad line becomes an {@link Statement.Erroneous} in its block. Lines holding braces are
 * never taken out, since removing them would change the block structure; then the caller falls back to
 * one Erroneous for the whole chain.
 */
final class BlockRecovery {

    /** Parses tokens as one chunk: the statements, or null and the failure. */
    interface Parse {
        Outcome parse(List<Token> tokens);
    }

    record Outcome(List<Statement> statements, RecognitionException failure) {
    }

    /** Turns a removed line and its own failure into an Erroneous statement, reporting its diagnostics. */
    interface Explain {
        Statement explain(List<Token> line, RecognitionException failure);
    }

    private static final int MAX_REMOVED_LINES = 20;

    private BlockRecovery() {
    }

    /** The chain's statements with the bad lines as Erroneous statements in their blocks, or null. */
    static List<Statement> recover(List<Token> chunk, RecognitionException failure, Parse parse, Explain explain) {
        List<Token> work = new ArrayList<>(chunk);
        List<List<Token>> removed = new ArrayList<>();
        List<RecognitionException> lineFailures = new ArrayList<>();
        RecognitionException current = failure;
        for (int tries = 0; tries < MAX_REMOVED_LINES && current != null; tries++) {
            Token offending = current.getOffendingToken();
            if (offending == null || offending.getType() == Token.EOF) {
                return null;
            }
            int index = offending.getTokenIndex();
            if (index < 0 || index >= work.size() || work.get(index) != offending) {
                return null;
            }
            int start = index;
            while (start > 0 && work.get(start - 1).getType() != DE6Lexer.NEWLINE) {
                start--;
            }
            int end = index;
            while (end < work.size() && work.get(end).getType() != DE6Lexer.NEWLINE) {
                end++;
            }
            List<Token> line = new ArrayList<>(work.subList(start, end));
            if (start == 0 || line.stream().anyMatch(BlockRecovery::isBrace)) {
                return null;
            }
            Outcome alone = parse.parse(line);
            if (alone.statements() != null) {
                return null; // the line is fine on its own: the problem is the structure around it
            }
            removed.add(line);
            lineFailures.add(alone.failure());
            work.subList(start, end).clear();
            Outcome again = parse.parse(work);
            if (again.statements() != null) {
                List<Statement> result = again.statements();
                for (int i = 0; i < removed.size(); i++) {
                    result = insert(result, explain.explain(removed.get(i), lineFailures.get(i)));
                }
                return result;
            }
            current = again.failure();
        }
        return null;
    }

    private static boolean isBrace(Token t) {
        return t.getType() == DE6Lexer.L_BRACE || t.getType() == DE6Lexer.R_BRACE;
    }

    /** Puts {@code bad} into the innermost block that contains it, in source order. */
    static List<Statement> insert(List<Statement> statements, Statement bad) {
        List<Statement> out = new ArrayList<>(statements);
        int at = bad.range().start().offset();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Statement.IfChain chain && chain.range().contains(at)) {
                out.set(i, intoChain(chain, bad));
                return out;
            }
        }
        int position = 0;
        while (position < out.size() && out.get(position).range().start().offset() < at) {
            position++;
        }
        out.add(position, bad);
        return out;
    }

    private static Statement.IfChain intoChain(Statement.IfChain chain, Statement bad) {
        int at = bad.range().start().offset();
        List<Statement.IfBranch> branches = new ArrayList<>(chain.branches());
        for (int i = 0; i < branches.size(); i++) {
            Statement.IfBranch b = branches.get(i);
            if (b.block().range().contains(at)) {
                branches.set(i, new Statement.IfBranch(b.condition(), intoBlock(b.block(), bad), b.keywordRange(), b.range()));
                return new Statement.IfChain(branches, chain.otherwise(), chain.range());
            }
        }
        if (chain.otherwise().isPresent() && chain.otherwise().get().range().contains(at)) {
            return new Statement.IfChain(branches, Optional.of(intoBlock(chain.otherwise().get(), bad)), chain.range());
        }
        return chain;
    }

    private static Statement.Block intoBlock(Statement.Block block, Statement bad) {
        return new Statement.Block(insert(block.statements(), bad), block.range());
    }
}
