package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.VR;
import org.junit.jupiter.api.Test;

/** The evaluator dispatches through the analyzer's catalogue; pixel editing and the network guard. */
class BuiltinsTest {

    @Test
    void everyCatalogueEntryHasExactlyOneImplementation() {
        assertThat(Builtins.IMPLEMENTATIONS.keySet())
                .isEqualTo(Functions.all().stream().map(FunctionSpec::name).collect(Collectors.toSet()));
        assertThat(Functions.forDialect(org.anonscript.script.Dialect.DE6)).hasSize(32);
    }

    static Dataset image(byte[] pixels, int rows, int columns) {
        return ds(el("(0028,0002)", "1"), el("(0028,0010)", VR.US, Integer.toString(rows)),
                el("(0028,0011)", VR.US, Integer.toString(columns)), el("(0028,0100)", VR.US, "8"),
                DicomElement.Value.of(Tag.PIXEL_DATA, VR.OB, pixels));
    }

    @Test
    void alterPixelsFillsTheClippedRectangleOfNativePixelData() {
        byte[] pixels = new byte[4 * 4];
        java.util.Arrays.fill(pixels, (byte) 9);
        Outcome outcome = run("version \"6.3\"\nalterPixels[\"rectangle\", \"l=2, t=1, r=10, b=3\", \"solid\", \"v=0\"]",
                image(pixels, 4, 4));
        byte[] out = ((DicomElement.Value) outcome.dataset().get(Tag.PIXEL_DATA).orElseThrow()).toArray();
        assertThat(out).containsExactly(
                9, 9, 9, 9,
                9, 9, 0, 0,
                9, 9, 0, 0,
                9, 9, 9, 9);
    }

    @Test
    void alterPixelsOnCompressedDataIsAClearError() {
        Dataset compressed = ds(el("(0028,0010)", VR.US, "4"), el("(0028,0011)", VR.US, "4"),
                el("(0028,0100)", VR.US, "8"), new DicomElement.Fragments(Tag.PIXEL_DATA, VR.OB, java.util.List.of()));
        Outcome outcome = run("version \"6.3\"\nalterPixels[\"rectangle\", \"l=0, t=0, r=1, b=1\", \"solid\", \"v=0\"]",
                compressed);
        assertThat(outcome.failure().orElseThrow().message()).contains("compressed");
    }

    @Test
    void getUrlNeedsPermission() {
        Outcome outcome = run("version \"6.1\"\n(0010,0010) := getURL[\"http://127.0.0.1:9/x\"]", ds());
        assertThat(outcome.failure().orElseThrow().message()).contains("--allow-network");
    }

    @Test
    void lookupReadsTheSessionTable() {
        EvaluationSession session = EvaluationSession.seeded(1)
                .withLookupTable(org.anonscript.eval.builtins.LookupTable.parse("pid/ID1 = SUBJ-7\n"));
        var script = org.anonscript.script.ScriptParser.parse("version \"6.6\"\n(0010,0020) := lookup[\"pid\", (0010,0020)]")
                .script();
        Dataset out = new Evaluator(session).apply(script, ds(el("(0010,0020)", "ID1")), Bindings.none()).dataset();
        assertThat(Datasets.value(out, "(0010,0020)")).isEqualTo("SUBJ-7");
    }
}
