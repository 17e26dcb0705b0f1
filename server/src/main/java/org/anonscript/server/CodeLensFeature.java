package org.anonscript.server;

import java.util.List;
import org.anonscript.config.SampleFiles;
import org.anonscript.script.Statement;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/** A code lens above the first statement: "Run on N samples" (issue 5, item 8), when samples are configured. */
public final class CodeLensFeature {

    public static final String RUN_COMMAND = "anonscript.runOnSamples";

    public List<CodeLens> lenses(Snapshot doc) {
        if (doc.config().samples().isEmpty() || doc.script().statements().isEmpty()) {
            return List.of();
        }
        int count = SampleFiles.expand(doc.config().samples()).size();
        Statement first = doc.script().statements().get(0);
        org.eclipse.lsp4j.Position at = Lsp.position(first.range().start());
        Command command = new Command("Run on " + count + (count == 1 ? " sample" : " samples"), RUN_COMMAND,
                List.of(doc.uri()));
        return List.of(new CodeLens(new org.eclipse.lsp4j.Range(at, at), command, null));
    }
}
