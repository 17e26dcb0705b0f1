package org.anonscript.server;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.dicom.PrivateCreators;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.script.Expression;
import org.anonscript.script.Identifier;
import org.anonscript.script.TagPattern;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover (issue 5, item 2): a tag's dictionary row and its value in the sample files; a private tag's
 * creator and the element it resolves to in each sample; a function's signature, documentation and
 * version; a variable's assignments, whether it is external and its bound value.
 */
public final class HoverFeature {

    /** How many samples a hover lists before summarising the rest. */
    static final int SAMPLES_SHOWN = 3;

    private final Dictionary dictionary = Dictionary.standard();

    public Optional<Hover> hover(Snapshot doc, int offset, List<SampleData.Sample> samples) {
        Optional<TagPattern> tag = doc.index().tagAt(offset);
        if (tag.isPresent()) {
            return Optional.of(hover(tagText(tag.get(), samples), tag.get().range()));
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

    String tagText(TagPattern tag, List<SampleData.Sample> samples) {
        StringBuilder md = new StringBuilder();
        if (tag.creator().isPresent()) {
            return privateTagText(tag, samples);
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
        appendSampleValues(md, samples, ds -> valueOf(ds, t));
        return md.toString();
    }

    private String privateTagText(TagPattern tag, List<SampleData.Sample> samples) {
        StringBuilder md = new StringBuilder();
        String creator = tag.creator().get();
        md.append("**Private tag** ").append(tag.text()).append("\n\ncreator `").append(creator)
                .append("`, element byte ").append(tag.element()).append(" of the creator's block in group ")
                .append(tag.group());
        boolean numeric = !tag.hasWildcards();
        if (numeric) {
            int group = Integer.parseInt(tag.group(), 16);
            int elementByte = Integer.parseInt(tag.element(), 16);
            appendSampleValues(md, samples, ds -> {
                OptionalInt resolved = PrivateCreators.resolve(ds, group, creator, elementByte);
                if (resolved.isEmpty()) {
                    return Optional.empty();
                }
                int t = resolved.getAsInt();
                return Optional.of(org.anonscript.dicom.Tag.toString(t) + " = "
                        + valueOf(ds, t).orElse("(absent)"));
            });
        }
        return md.toString();
    }

    private static Optional<String> valueOf(Dataset ds, int tag) {
        Optional<DicomElement> element = ds.get(tag);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        if (element.get() instanceof DicomElement.Sequence s) {
            return Optional.of("(sequence of " + s.items().size() + " items)");
        }
        if (element.get() instanceof DicomElement.Value v && v.isBulk()) {
            return Optional.of("(" + v.length() + " bytes)");
        }
        String text = ValueText.read(element.get(), TextCodec.forDataset(ds));
        return Optional.of(text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }

    private static void appendSampleValues(StringBuilder md, List<SampleData.Sample> samples,
            java.util.function.Function<Dataset, Optional<String>> value) {
        if (samples.isEmpty()) {
            return;
        }
        int present = 0;
        StringBuilder lines = new StringBuilder();
        int shown = 0;
        for (SampleData.Sample s : samples) {
            if (!s.readable()) {
                continue;
            }
            Optional<String> v = value.apply(s.file().dataset());
            if (v.isPresent()) {
                present++;
                if (shown++ < SAMPLES_SHOWN) {
                    lines.append("\n- `").append(s.path().getFileName()).append("`: ")
                            .append(v.get().isEmpty() ? "(empty)" : "`" + v.get().replace("`", "'") + "`");
                }
            }
        }
        md.append("\n\nIn ").append(present).append(" of ").append(samples.size()).append(" samples")
                .append(present == 0 ? "" : ":").append(lines);
        if (present > SAMPLES_SHOWN) {
            md.append("\n- … and ").append(present - SAMPLES_SHOWN).append(" more");
        }
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
