package org.anonscript.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.script.Range;
import org.anonscript.script.SourceText;
import org.anonscript.script.Statement;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes (issue 5, item 7), each tied to its diagnostic code and driven by the diagnostic's data:
 * DE101 unknown function with a close match, DE203 numeric private tag to the {@code {creator}} form,
 * DE301 missing version line, DE302 undetected version line, DE303 version too low, DE406 statement
 * without effect.
 */
public final class CodeActionsFeature {

    public List<CodeAction> actions(Snapshot doc, Range range, List<SampleData.Sample> samples) {
        List<CodeAction> out = new ArrayList<>();
        for (Diagnostic d : doc.diagnostics()) {
            if (d.range().end().offset() < range.start().offset() || d.range().start().offset() > range.end().offset()) {
                continue;
            }
            fix(doc, d, samples).ifPresent(out::add);
        }
        return out;
    }

    Optional<CodeAction> fix(Snapshot doc, Diagnostic d, List<SampleData.Sample> samples) {
        Map<String, String> data = d.data();
        SourceText source = doc.source();
        return switch (d.code()) {
            case DE101 -> Optional.ofNullable(data.get("suggestion"))
                    .map(s -> action(doc, d, "Change to " + s, edit(d.range(), s)));
            case DE203 -> {
                String group = data.get("group");
                String element = data.get("element");
                if (group == null || element == null || element.length() != 4) {
                    yield Optional.empty();
                }
                Optional<String> creator = creatorFromSamples(group, element, samples);
                String replacement = "(" + group + ",{" + creator.orElse("CREATOR") + "}" + element.substring(2) + ")";
                yield Optional.of(action(doc, d, creator.isPresent()
                        ? "Write as " + replacement + " (creator from the sample files)"
                        : "Write as " + replacement + " (replace CREATOR with the private creator)",
                        edit(d.range(), replacement)));
            }
            case DE301 -> Optional.ofNullable(data.get("insertVersion")).map(v -> action(doc, d,
                    "Add " + v + " as the first line", edit(source.range(0, 0), v + "\n")));
            case DE302 -> Optional.ofNullable(data.get("replacement")).map(v -> {
                int line = d.range().start().line();
                int start = source.offsetAt(line, 0);
                int end = start + source.line(line).length();
                // a trailing comment is what hides the version from XNAT: keep it, on its own line
                String rest = source.line(line).substring(Math.min(d.range().end().column(), end - start)).trim();
                String text = rest.startsWith("//") ? v + "\n" + rest : v;
                return action(doc, d, "Write the version line as " + v, edit(source.range(start, end), text));
            });
            case DE303 -> Optional.ofNullable(data.get("requiredVersion")).flatMap(v -> versionStatement(doc)
                    .map(st -> action(doc, d, "Declare version " + v,
                            edit(st.version().range(), "\"" + v + "\""))));
            case DE406 -> outermostStatement(doc, d.range()).map(st -> action(doc, d, "Remove the statement without effect",
                    edit(wholeLines(source, st.range()), "")));
            default -> Optional.empty();
        };
    }

    private static Optional<Statement.Version> versionStatement(Snapshot doc) {
        return doc.script().statements().stream().filter(s -> s instanceof Statement.Version)
                .map(s -> (Statement.Version) s).findFirst();
    }

    private static Optional<Statement> outermostStatement(Snapshot doc, Range r) {
        return doc.script().statements().stream()
                .filter(s -> s.range().start().offset() <= r.start().offset()
                        && s.range().end().offset() >= r.end().offset())
                .findFirst();
    }

    /** The statement's lines with their line break, when nothing else shares them; else just the statement. */
    private static Range wholeLines(SourceText source, Range r) {
        int startLine = r.start().line();
        int endLine = r.end().line();
        String first = source.line(startLine);
        String last = source.line(endLine);
        boolean alone = first.substring(0, r.start().column()).isBlank()
                && last.substring(Math.min(r.end().column(), last.length())).trim().replaceAll("^//.*", "").isEmpty();
        if (!alone) {
            return r;
        }
        int start = source.offsetAt(startLine, 0);
        int end = endLine + 1 < source.lineCount() ? source.offsetAt(endLine + 1, 0) : source.text().length();
        return source.range(start, end);
    }

    /** The creator of block {@code (gggg,00bb)} in the first sample that has it. */
    private static Optional<String> creatorFromSamples(String group, String element, List<SampleData.Sample> samples) {
        int creatorTag = (Integer.parseInt(group, 16) << 16) | Integer.parseInt(element.substring(0, 2), 16);
        for (SampleData.Sample s : samples) {
            if (!s.readable()) {
                continue;
            }
            Optional<DicomElement> e = s.file().dataset().get(creatorTag);
            if (e.isPresent()) {
                String name = ValueText.read(e.get(), TextCodec.forDataset(s.file().dataset())).trim();
                if (name.matches("[A-Za-z][A-Za-z0-9 _.:\\-]*")) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static TextEdit edit(Range range, String text) {
        return new TextEdit(Lsp.range(range), text);
    }

    private static CodeAction action(Snapshot doc, Diagnostic d, String title, TextEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(Lsp.diagnostic(d)));
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(edit))));
        action.setIsPreferred(d.code() != DiagnosticCode.DE406);
        return action;
    }
}
