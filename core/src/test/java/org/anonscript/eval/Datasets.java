package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.dicom.VR;
import org.anonscript.script.ScriptParser;

/** Datasets built in test code: {@code ds(el("(0010,0010)", "Doe^John"), seq("(0008,1140)", ds(…)))}. */
final class Datasets {

    private static final TextCodec ASCII = TextCodec.forTerms(List.of());

    private Datasets() {
    }

    static Dataset ds(DicomElement... elements) {
        return Dataset.of(elements);
    }

    /** An element with the dictionary's VR (LO for private creators, UN for other private tags). */
    static DicomElement el(String tag, String value) {
        int t = Tag.parse(tag);
        return ValueText.encode(t, ValueText.dictionaryVr(t).orElse(VR.LO), value, ASCII);
    }

    static DicomElement el(String tag, VR vr, String value) {
        return ValueText.encode(Tag.parse(tag), vr, value, ASCII);
    }

    static DicomElement seq(String tag, Dataset... items) {
        return DicomElement.Sequence.of(Tag.parse(tag), List.of(items));
    }

    /** The script applied with a fixed seed and no bindings. */
    static Outcome run(String script, Dataset dataset) {
        return run(script, dataset, Bindings.none());
    }

    static Outcome run(String script, Dataset dataset, Bindings bindings) {
        return new Evaluator(EvaluationSession.seeded(1)).apply(ScriptParser.parse(script).script(), dataset, bindings);
    }

    /** The value at a DE6 path string, or null; "<absent>" distinguishes nothing from an empty value in messages. */
    static String value(Dataset dataset, String path) {
        List<Location> found = PathMatcher.match(dataset, path(path));
        if (found.isEmpty()) {
            return null;
        }
        return DatasetEdits.element(dataset, found.get(0))
                .map(e -> ValueText.read(e, TextCodec.forDataset(dataset))).orElse(null);
    }

    /** A DE6 path string, or (for numeric private tags, which DE6 cannot write) a DE4 tag or pattern. */
    static org.anonscript.script.TagPath path(String text) {
        try {
            return PathText.parseDe6(text);
        } catch (EvaluationException e) {
            var statements = ScriptParser.parse("-" + text, org.anonscript.script.Dialect.DE4).script().statements();
            return ((org.anonscript.script.Statement.Deletion) statements.get(0)).target();
        }
    }

    /** The paths of every element at every level, in order. */
    static List<String> allPaths(Dataset dataset) {
        List<String> out = new ArrayList<>();
        collect(dataset, "", out);
        return out;
    }

    private static void collect(Dataset ds, String prefix, List<String> out) {
        for (DicomElement e : ds) {
            out.add(prefix + Tag.toString(e.tag()));
            if (e instanceof DicomElement.Sequence s) {
                for (int i = 0; i < s.items().size(); i++) {
                    collect(s.items().get(i).dataset(), prefix + Tag.toString(e.tag()) + "[" + i + "]/", out);
                }
            }
        }
    }

    /** Every matched path of a DE6 path string, e.g. for wildcard checks. */
    static List<String> paths(Dataset dataset, String path) {
        List<String> out = new ArrayList<>();
        PathMatcher.match(dataset, path(path)).forEach(l -> out.add(l.path()));
        return out;
    }
}
