package org.anonscript.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.eval.FileEvaluation;
import org.anonscript.eval.Location;
import org.anonscript.eval.PathMatcher;
import org.anonscript.script.Expression;
import org.anonscript.script.Identifier;
import org.anonscript.script.PathStep;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;
import org.anonscript.syntax.SyntaxIndex;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Hover (issue 5, item 2): on any step of a tag path, the tag's dictionary row (or a level wildcard's
 * meaning) and what the path up to that step addresses in each sample file — for a private tag, the
 * element its creator resolves to; a function's signature, documentation and
 * version; a variable's assignments, whether it is external and its bound value.
 */
public final class HoverFeature {

    /** How many samples a hover lists before summarising the rest. */
    static final int SAMPLES_SHOWN = 3;
    /** How many matches a hover lists per sample (a wildcard path may match many). */
    static final int MATCHES_SHOWN = 3;

    private final Dictionary dictionary = Dictionary.standard();

    public Optional<Hover> hover(Snapshot doc, int offset, List<SampleData.Sample> samples, CancelChecker cancel) {
        Optional<SyntaxIndex.StepAt> step = doc.index().stepAt(offset);
        if (step.isPresent()) {
            PathStep node = step.get().node();
            org.anonscript.script.Range range = node instanceof PathStep.TagStep t ? t.tag().range() : node.range();
            return Optional.of(hover(stepText(doc, step.get(), samples, cancel), range));
        }
        Optional<Expression.FunctionCall> call = doc.index().callNameAt(offset);
        if (call.isPresent()) {
            Identifier name = call.get().name();
            return Functions.lookup(name.name(), doc.script().dialect())
                    .map(spec -> hover(functionText(spec), name.range()));
        }
        return doc.variables().at(offset).map(v -> hover(variableText(doc, v),
                v.occurrences().stream().filter(id -> id.range().touches(offset)).findFirst().orElseThrow().range()));
    }

    private static Hover hover(String markdown, org.anonscript.script.Range range) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), Lsp.range(range));
    }

    /**
     * A path step: what it names, the path up to it when there is more than one step, and what that
     * prefix addresses in each sample, found by the evaluator's own {@link PathMatcher} so hover and run agree.
     */
    private String stepText(Snapshot doc, SyntaxIndex.StepAt at, List<SampleData.Sample> samples, CancelChecker cancel) {
        StringBuilder md = new StringBuilder();
        TagPath prefix = at.prefix();
        if (at.node() instanceof PathStep.TagStep t) {
            md.append(tagText(t.tag()));
        } else if (at.node() instanceof PathStep.LevelWildcard w) {
            md.append(wildcardText(w.level()));
        }
        if (at.path().steps().size() > 1) {
            int from = at.path().range().start().offset();
            int to = at.node().range().end().offset();
            String text = from <= to && to <= doc.text().length() ? doc.text().substring(from, to) : "";
            if (text.length() > 200) {
                text = "…" + text.substring(text.length() - 200);
            }
            md.append("\n\nPath to here: `").append(text.replace("`", "'")).append('`');
        }
        if (at.node() instanceof PathStep.LevelWildcard) {
            appendSampleValues(md, samples, cancel, ds -> PathMatcher.levels(ds, prefix).stream()
                    .map(hops -> hops.isEmpty() ? "top level" : code(Location.itemPath(hops))).toList());
        } else if (isPlainTag(prefix)) {
            appendSampleValues(md, samples, cancel, ds -> PathMatcher.match(ds, prefix).stream()
                    .map(l -> valueOf(ds, l)).map(v -> v.placeholder() ? v.text() : code(v.text())).toList());
        } else {
            appendSampleValues(md, samples, cancel, ds -> PathMatcher.match(ds, prefix).stream()
                    .map(l -> code(l.path() + " = " + valueOf(ds, l).text())).toList());
        }
        return md.toString();
    }

    /** One public tag with no selector: its value alone says everything. */
    private static boolean isPlainTag(TagPath prefix) {
        return prefix.steps().size() == 1 && prefix.steps().get(0) instanceof PathStep.TagStep t
                && t.item().isEmpty() && t.tag().creator().isEmpty() && t.tag().exactTag().isPresent();
    }

    /** A tag's dictionary row (or what is known of a pattern or a private tag), without sample values. */
    String tagText(TagPattern tag) {
        StringBuilder md = new StringBuilder();
        if (tag.creator().isPresent()) {
            return md.append("**Private tag** ").append(tag.text()).append("\n\ncreator `").append(tag.creator().get())
                    .append("`, element byte ").append(tag.element()).append(" of the creator's block in group ")
                    .append(tag.group()).toString();
        }
        Optional<Integer> exact = tag.exactTag();
        if (exact.isEmpty()) {
            long matching = dictionary.entries().stream().filter(e -> !e.isRepeating() && tag.matches(e.tag())).count();
            md.append("**").append(tag.text()).append("** — pattern matching ").append(matching)
                    .append(" dictionary ").append(matching == 1 ? "tag" : "tags");
            return md.toString();
        }
        int t = exact.get();
        Optional<DictionaryEntry> entry = dictionary.byTag(t);
        if (entry.isEmpty()) {
            md.append("**").append(tag.text()).append("** — ")
                    .append(Dictionary.isPrivateGroup(t) ? "private tag (numeric form)" : "not in the DICOM dictionary");
        } else {
            DictionaryEntry e = entry.get();
            md.append("**").append(e.keyword().isEmpty() ? e.name() : e.keyword()).append("** ").append(tag.text())
                    .append("\n\n").append(e.name()).append(" · VR ").append(e.vr().isEmpty() ? "—" : e.vr())
                    .append(" · VM ").append(e.vm());
            if (e.retired()) {
                md.append(" · **retired**");
            }
        }
        return md.toString();
    }

    private static String wildcardText(PathStep.Level level) {
        String meaning = switch (level) {
            case ANY -> "zero or more sequence levels: the next step matches at the top level and inside items at any depth";
            case ONE_OR_MORE -> "one or more sequence levels: the next step matches inside sequence items at any depth, never at the top level";
            case ONE -> "exactly one sequence level: the next step matches only in the items of sequences at this level";
        };
        return "**`" + level.symbol() + "`** — " + meaning;
    }

    /** What a hover shows for a matched element: its text, or a placeholder describing it. */
    private record Value(String text, boolean placeholder) {
        static Value of(String text) {
            return new Value(text, false);
        }

        static Value described(String description) {
            return new Value("(" + description + ")", true);
        }
    }

    private static Value valueOf(Dataset root, Location at) {
        Optional<DicomElement> element = at.element(root);
        if (element.isEmpty()) {
            return Value.described("absent");
        }
        if (element.get() instanceof DicomElement.Sequence s) {
            if (at.isItem()) {
                int size = at.item() < s.items().size() ? s.items().get(at.item()).dataset().size() : 0;
                return Value.described("item of " + size + (size == 1 ? " element" : " elements"));
            }
            int size = s.items().size();
            return Value.described("sequence of " + size + (size == 1 ? " item" : " items"));
        }
        if (element.get() instanceof DicomElement.Value v && v.isBulk()) {
            return Value.described(v.length() + " bytes");
        }
        String text = ValueText.read(element.get(), TextCodec.forDataset(root));
        if (text.isEmpty()) {
            return Value.described("empty");
        }
        return Value.of(text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }

    /**
     * "In k of n samples:" then, for the first few samples with matches, the first few matches each (with
     * a count when there are more). Each sample is the file as the evaluator sees it (meta group included).
     */
    private static void appendSampleValues(StringBuilder md, List<SampleData.Sample> samples, CancelChecker cancel,
            Function<Dataset, List<String>> matches) { // each match already as Markdown
        if (samples.isEmpty()) {
            return;
        }
        int present = 0;
        StringBuilder lines = new StringBuilder();
        int shown = 0;
        List<SampleData.Sample> unreadable = new java.util.ArrayList<>();
        for (SampleData.Sample s : samples) {
            cancel.checkCanceled();
            if (!s.readable()) {
                unreadable.add(s);
                continue;
            }
            List<String> found = matches.apply(FileEvaluation.combined(s.file()));
            if (found.isEmpty()) {
                continue;
            }
            present++;
            if (shown++ >= SAMPLES_SHOWN) {
                continue;
            }
            lines.append("\n- `").append(s.path().getFileName()).append("`");
            if (found.size() > 1) {
                lines.append(" (").append(found.size()).append(" matches)");
            }
            lines.append(": ");
            for (int i = 0; i < Math.min(found.size(), MATCHES_SHOWN); i++) {
                lines.append(i == 0 ? "" : ", ").append(found.get(i));
            }
            if (found.size() > MATCHES_SHOWN) {
                lines.append(", …");
            }
        }
        md.append("\n\nIn ").append(present).append(" of ").append(samples.size()).append(" samples");
        if (!unreadable.isEmpty()) {
            SampleData.Sample first = unreadable.get(0);
            md.append(" (").append(unreadable.size()).append(" unreadable; `").append(first.path().getFileName())
                    .append("`: ").append(first.error().replace("`", "'")).append(')');
        }
        md.append(present == 0 ? "" : ":").append(lines);
        if (present > SAMPLES_SHOWN) {
            md.append("\n- … and ").append(present - SAMPLES_SHOWN).append(" more");
        }
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    static String functionText(FunctionSpec spec) {
        StringBuilder md = new StringBuilder("```dicomedit\n").append(spec.signature()).append("\n```\n\n")
                .append(spec.doc());
        spec.since().ifPresent(v -> md.append("\n\nSince DicomEdit ").append(v)
                .append(spec.sincePlaced() ? "" : " (assumed: the version history does not place it)"));
        if (spec.since().isEmpty()) {
            md.append("\n\nDicomEdit 4 only").append(spec.hostProvided() ? " (provided by upload clients)" : "");
        }
        md.append("\n\nExample: `").append(spec.example()).append('`');
        return md.toString();
    }

    private static String variableText(Snapshot doc, VariableAnalysis.Variable v) {
        StringBuilder md = new StringBuilder("**").append(v.name()).append("** — ")
                .append(v.external() ? "external variable" : "variable");
        String text = doc.text();
        for (int i = 0; i < v.assignments().size(); i++) {
            Identifier at = v.assignments().get(i);
            Expression value = v.values().get(i);
            String source = text.substring(value.range().start().offset(), value.range().end().offset());
            md.append("\n\n- assigned at line ").append(at.range().start().line() + 1).append(": `")
                    .append(source.length() > 60 ? source.substring(0, 60) + "…" : source).append('`');
        }
        if (v.assignments().isEmpty()) {
            md.append("\n\nnever assigned in this script");
        }
        String bound = doc.config().bindings().get(v.name());
        if (bound != null) {
            md.append("\n\nbound value: `").append(bound).append('`');
        } else if (AnalysisOptions.HOST_VARIABLES.contains(v.name())) {
            md.append("\n\nsupplied by XNAT");
        } else if (v.external()) {
            md.append("\n\nno value bound in the configuration");
        }
        return md.toString();
    }
}
