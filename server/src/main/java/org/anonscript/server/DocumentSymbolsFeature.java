package org.anonscript.server;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.script.Statement;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/** Document symbols (issue 5, item 6): version, variables (first assignment), describe/export, if blocks. */
public final class DocumentSymbolsFeature {

    public List<DocumentSymbol> symbols(Snapshot doc) {
        List<DocumentSymbol> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Statement s : doc.script().statements()) {
            symbol(doc, s, out, seen);
        }
        return out;
    }

    private void symbol(Snapshot doc, Statement s, List<DocumentSymbol> out, java.util.Set<String> seen) {
        if (s instanceof Statement.Version v) {
            out.add(symbol("version " + v.version().value(), SymbolKind.Namespace, s, v.version().range()));
        } else if (s instanceof Statement.VariableAssignment a) {
            if (seen.add(doc.variables().key(a.name().name()))) {
                out.add(symbol(a.name().name(), SymbolKind.Variable, s, a.name().range()));
            }
        } else if (s instanceof Statement.Describe d) {
            out.add(symbol("describe " + d.name().name(), SymbolKind.Property, s, d.name().range()));
        } else if (s instanceof Statement.Export e) {
            out.add(symbol("export " + e.name().name(), SymbolKind.Property, s, e.name().range()));
        } else if (s instanceof Statement.IfChain c) {
            DocumentSymbol ifSymbol = symbol("if", SymbolKind.Struct, s,
                    c.branches().isEmpty() ? s.range() : c.branches().get(0).keywordRange());
            List<DocumentSymbol> children = new ArrayList<>();
            c.branches().forEach(b -> b.block().statements().forEach(x -> symbol(doc, x, children, seen)));
            c.otherwise().ifPresent(b -> b.statements().forEach(x -> symbol(doc, x, children, seen)));
            ifSymbol.setChildren(children);
            out.add(ifSymbol);
        } else if (s instanceof Statement.InlineIf i) {
            symbol(doc, i.then(), out, seen);
            i.otherwise().ifPresent(o -> symbol(doc, o, out, seen));
        } else if (s instanceof Statement.Constrained c) {
            symbol(doc, c.action(), out, seen);
        }
    }

    private static DocumentSymbol symbol(String name, SymbolKind kind, Statement s, org.anonscript.script.Range selection) {
        return new DocumentSymbol(name, kind, Lsp.range(s.range()), Lsp.range(selection));
    }
}
