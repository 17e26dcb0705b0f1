package org.anonscript.server;

import org.anonscript.script.Keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.script.Identifier;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Rename, references and document highlight for script variables (issue 5, item 6). */
public final class VariableReferencesFeature {

    public List<Location> references(Snapshot doc, int offset, boolean includeDeclaration) {
        List<Location> out = new ArrayList<>();
        doc.variables().at(offset).ifPresent(v -> {
            for (Identifier id : v.occurrences()) {
                if (includeDeclaration || !v.assignments().contains(id)) {
                    out.add(new Location(doc.uri(), Lsp.range(id.range())));
                }
            }
        });
        return out;
    }

    public List<DocumentHighlight> highlights(Snapshot doc, int offset) {
        List<DocumentHighlight> out = new ArrayList<>();
        doc.variables().at(offset).ifPresent(v -> {
            for (Identifier id : v.occurrences()) {
                out.add(new DocumentHighlight(Lsp.range(id.range()),
                        v.assignments().contains(id) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
            }
        });
        return out;
    }

    /** The range to rename, when the cursor is on a variable. */
    public Optional<org.anonscript.script.Range> prepare(Snapshot doc, int offset) {
        return doc.variables().at(offset).flatMap(v -> v.occurrences().stream()
                .filter(id -> id.range().touches(offset)).findFirst()).map(Identifier::range);
    }

    /** Empty when the cursor is not on a variable; throws IllegalArgumentException for an invalid name. */
    public Optional<WorkspaceEdit> rename(Snapshot doc, int offset, String newName) {
        Optional<VariableAnalysis.Variable> variable = doc.variables().at(offset);
        if (variable.isEmpty()) {
            return Optional.empty();
        }
        if (!newName.matches("[A-Za-z_][A-Za-z0-9_]*") || Keywords.isReserved(newName, doc.script().dialect())) {
            throw new IllegalArgumentException("\"" + newName + "\" cannot name a variable");
        }
        List<TextEdit> edits = variable.get().occurrences().stream()
                .map(id -> new TextEdit(Lsp.range(id.range()), newName)).toList();
        return Optional.of(new WorkspaceEdit(Map.of(doc.uri(), edits)));
    }
}
