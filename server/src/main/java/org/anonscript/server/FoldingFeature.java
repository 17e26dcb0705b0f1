package org.anonscript.server;

import org.anonscript.syntax.SyntaxIndex;
import java.util.ArrayList;
import java.util.List;
import org.anonscript.script.Expression;
import org.anonscript.script.Script;
import org.anonscript.script.Statement;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;

/** Folding ranges (issue 5, item 6): if/elseif/else blocks, multi-line lists and runs of comment lines. */
public final class FoldingFeature {

    public List<FoldingRange> ranges(Snapshot doc) {
        List<FoldingRange> out = new ArrayList<>();
        for (SyntaxIndex.Nested n : doc.index().statements()) {
            if (n.statement() instanceof Statement.IfChain c) {
                for (Statement.IfBranch b : c.branches()) {
                    fold(out, b.range().start().line(), closingLine(doc, b.block().range()) - 1, null);
                }
                c.otherwise().ifPresent(b -> fold(out, b.range().start().line(), closingLine(doc, b.range()) - 1, null));
            }
        }
        for (Expression.ListExpr l : doc.index().lists()) {
            fold(out, l.range().start().line(), l.range().end().line() - 1, null);
        }
        Script script = doc.script();
        int runStart = -1;
        int previous = -2;
        for (Script.Comment c : script.comments()) {
            int line = c.range().start().line();
            boolean wholeLine = doc.source().line(line).trim().startsWith("//");
            if (wholeLine && line == previous + 1) {
                previous = line;
                continue;
            }
            fold(out, runStart, previous, FoldingRangeKind.Comment);
            runStart = wholeLine ? line : -1;
            previous = wholeLine ? line : -2;
        }
        fold(out, runStart, previous, FoldingRangeKind.Comment);
        return out;
    }

    /** The line of the block's closing brace (the fold ends on the line before it). */
    private static int closingLine(Snapshot doc, org.anonscript.script.Range block) {
        int close = doc.text().lastIndexOf('}', Math.max(0, block.end().offset() - 1));
        return close >= block.start().offset() ? doc.source().positionAt(close).line() : block.end().line();
    }

    private static void fold(List<FoldingRange> out, int start, int end, String kind) {
        if (start >= 0 && end > start) {
            FoldingRange r = new FoldingRange(start, end);
            if (kind != null) {
                r.setKind(kind);
            }
            out.add(r);
        }
    }
}
