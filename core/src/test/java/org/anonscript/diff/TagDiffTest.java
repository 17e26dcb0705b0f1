package org.anonscript.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.dicom.VR;
import org.anonscript.eval.Bindings;
import org.anonscript.eval.EvaluationSession;
import org.anonscript.eval.Evaluator;
import org.anonscript.eval.Outcome;
import org.anonscript.script.ScriptParser;
import org.junit.jupiter.api.Test;

/** Tag diffs from two datasets and from change logs, and how they render. */
class TagDiffTest {

    static DicomElement el(String tag, String value) {
        int t = Tag.parse(tag);
        return ValueText.encode(t, ValueText.dictionaryVr(t).orElse(VR.LO), value, TextCodec.forTerms(List.of()));
    }

    static final Dataset BEFORE = Dataset.of(el("(0010,0010)", "Doe^John"), el("(0010,0020)", "ID1"),
            DicomElement.Sequence.of(Tag.parse("(0008,1115)"), List.of(Dataset.of(el("(0008,1155)", "1.2.3")))));

    static Outcome apply(String script) {
        return new Evaluator(EvaluationSession.seeded(1)).apply(ScriptParser.parse(script).script(), BEFORE, Bindings.none());
    }

    static List<String> rows(TagDiff diff) {
        return DiffRenderer.lines(diff, false);
    }

    @Test
    void betweenTwoDatasetsDescendsIntoItems() {
        Outcome o = apply("version \"6.6\"\n(0008,1115)[0]/(0008,1155) := \"4.5\"\n-(0010,0020)\n(0008,1030) := \"S\"");
        assertThat(rows(TagDiff.between(BEFORE, o.dataset()))).containsExactly(
                "+ (0008,1030)                 StudyDescription          -        ->  \"S\"",
                "~ (0008,1115)[0]/(0008,1155)  ReferencedSOPInstanceUID  \"1.2.3\"  ->  \"4.5\"",
                "- (0010,0020)                 PatientID                 \"ID1\"    ->  -");
    }

    @Test
    void theNetLogEqualsTheDatasetDiff() {
        for (String script : List.of(
                "(0010,0010) := \"first\"\n(0010,0010) := \"second\"\n-(0010,0020)\n(0010,0020) := \"x\"",
                "version \"6.6\"\n(0010,0010) := \"a\"\n(0010,0010) := \"Doe^John\"\n(0010,0020) := \"b\"\n-(0010,0020)")) {
            Outcome o = apply(script);
            assertThat(TagDiff.net(o.changes()).changes()).as(script)
                    .usingElementComparatorIgnoringFields("statement")
                    .containsExactlyElementsOf(TagDiff.between(BEFORE, o.dataset()).changes());
        }
    }

    @Test
    void colouredRowsMarkBeforeRedAndAfterGreen() {
        Outcome o = apply("version \"6.6\"\n(0010,0010) := \"X\"");
        assertThat(DiffRenderer.lines(TagDiff.net(o.changes()), true)).containsExactly(
                "~ (0010,0010)  PatientName  \u001B[31m\"Doe^John\"\u001B[0m  ->  \u001B[32m\"X\"\u001B[0m");
    }

    @Test
    void jsonRowsCarryTheStatementPosition() {
        Outcome o = apply("version \"6.6\"\n\n(0010,0010) := \"X\"");
        assertThat(DiffRenderer.json(new TagDiff(o.changes())).toString()).isEqualTo(
                "[{\"path\":\"(0010,0010)\",\"keyword\":\"PatientName\",\"kind\":\"modified\",\"before\":\"Doe^John\","
                        + "\"after\":\"X\",\"line\":3,\"column\":1}]");
    }
}
