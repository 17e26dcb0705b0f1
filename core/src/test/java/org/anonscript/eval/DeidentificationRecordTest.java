package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.seq;
import static org.anonscript.eval.Datasets.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.VR;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;

/** XNAT's De-identification Method Code Sequence record (spec §11.10). */
class DeidentificationRecordTest {

    private static Outcome unchanged(Dataset ds) {
        return new Outcome(Outcome.Status.UNCHANGED, ds, List.of(), List.of(), List.of(), Optional.empty());
    }

    private static List<DicomElement.Item> items(Dataset ds) {
        return ((DicomElement.Sequence) ds.get(0x00120064).orElseThrow()).items();
    }

    @Test
    void aDe6ScriptAddsTheItemXnatWrites() {
        Outcome o = DeidentificationRecord.appendTo(unchanged(ds(el("(0010,0010)", "A"))),
                List.of(new DeidentificationRecord.Script("1", Dialect.DE6)));
        assertThat(o.status()).isEqualTo(Outcome.Status.MODIFIED);
        assertThat(items(o.dataset())).hasSize(1);
        assertThat(value(o.dataset(), "(0012,0064)[0]/(0008,0100)")).isEqualTo("1");
        assertThat(value(o.dataset(), "(0012,0064)[0]/(0008,0104)")).isEqualTo("XNAT DicomEdit 6 Script");
        assertThat(value(o.dataset(), "(0012,0064)[0]/(0008,0102)")).isEqualTo("XNAT");
        assertThat(value(o.dataset(), "(0012,0064)[0]/(0008,0103)")).isEqualTo("1.0");
        DicomElement.Value meaning = (DicomElement.Value) items(o.dataset()).get(0).dataset().get(0x00080104).orElseThrow();
        assertThat(meaning.vr()).isEqualTo(VR.LO);
        assertThat(o.dataset().contains(0x00120062)).as("XNAT does not set Patient Identity Removed").isFalse();
    }

    @Test
    void anExistingSequenceKeepsItsItemsAndGetsOnePerScriptInOrder() {
        Dataset in = ds(seq("(0012,0064)", ds(el("(0008,0100)", "113100"), el("(0008,0102)", "DCM"),
                el("(0008,0104)", "Basic Application Confidentiality Profile"))));
        Outcome o = DeidentificationRecord.appendTo(unchanged(in), List.of(
                new DeidentificationRecord.Script("7", Dialect.DE4), new DeidentificationRecord.Script("12", Dialect.DE6)));
        assertThat(items(o.dataset())).hasSize(3);
        assertThat(value(o.dataset(), "(0012,0064)[0]/(0008,0100)")).isEqualTo("113100");
        assertThat(value(o.dataset(), "(0012,0064)[1]/(0008,0104)")).isEqualTo("XNAT DicomEdit 4 Script");
        assertThat(value(o.dataset(), "(0012,0064)[1]/(0008,0100)")).isEqualTo("7");
        assertThat(value(o.dataset(), "(0012,0064)[2]/(0008,0104)")).isEqualTo("XNAT DicomEdit 6 Script");
        assertThat(o.changes()).extracting(Change::path).containsExactly("(0012,0064)[1]", "(0012,0064)[2]");
        assertThat(o.changes()).allMatch(c -> c.kind() == Change.Kind.ADDED && c.statement().isEmpty());
    }

    @Test
    void theScriptsChangesComeFirstInTheLog() {
        Change earlier = new Change("(0010,0010)", "PatientName", "A", "B", Change.Kind.MODIFIED, Optional.empty());
        Outcome modified = new Outcome(Outcome.Status.MODIFIED, ds(el("(0010,0010)", "B")), List.of(earlier), List.of(),
                List.of(), Optional.empty());
        Outcome o = DeidentificationRecord.appendTo(modified, List.of(new DeidentificationRecord.Script("1", Dialect.DE6)));
        assertThat(o.changes()).extracting(Change::path).containsExactly("(0010,0010)", "(0012,0064)");
    }

    @Test
    void aFailedOrRejectedOutcomeIsLeftAsItIs() {
        Outcome rejected = new Outcome(Outcome.Status.REJECTED, ds(), List.of(), List.of(), List.of(),
                Optional.of(new Outcome.Problem("rejected by reject[]", Optional.empty())));
        assertThat(DeidentificationRecord.appendTo(rejected, List.of(new DeidentificationRecord.Script("1", Dialect.DE6))))
                .isSameAs(rejected);
    }

    @Test
    void anElementThatIsNotASequenceIsNotOverwritten() {
        Dataset in = ds(el("(0012,0064)", VR.UN, "odd"));
        Outcome o = DeidentificationRecord.appendTo(unchanged(in), List.of(new DeidentificationRecord.Script("1", Dialect.DE6)));
        assertThat(o.status()).isEqualTo(Outcome.Status.ERROR);
        assertThat(o.failure().orElseThrow().message()).contains("not a sequence");
        assertThat(o.dataset()).isSameAs(in);
    }

    @Test
    void scriptIdsMustFitAnShortString() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new DeidentificationRecord.Script("12345678901234567", Dialect.DE6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
