package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edits written by anonscript give the same dataset as the same edits made by dcmtk's {@code dcmodify}
 * (compared with the pydicom oracle), in every native transfer syntax and with defined-length sequences
 * whose lengths must be recomputed. dcmdump must accept every output.
 */
class EditRoundTripTest {

    record Edit(String path, String value) {
        /** {@code null} value: delete. */
        List<String> dcmodifyArgs() {
            return value == null ? List.of("-ea", path) : List.of("-m", path + "=" + value);
        }

        Dataset apply(Dataset d) {
            return value == null ? TestPaths.delete(d, path) : TestPaths.set(d, path, value);
        }
    }

    record Case(String file, List<Edit> edits) {
        @Override
        public String toString() {
            return file + " " + edits;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("CT_small.dcm", List.of(new Edit("(0010,0010)", "ANONYMOUS"), new Edit("(0010,0020)", "ID1"),
                        new Edit("(0008,0020)", "20000101"), new Edit("(0010,0030)", null), new Edit("(0028,0030)", "0.5\\0.5"))),
                new Case("rtplan.dcm", List.of(new Edit("(300a,00b0)[0].(300a,00c2)", "A MUCH LONGER BEAM NAME"),
                        new Edit("(300a,0010)[1].(300a,0012)", null), new Edit("(0010,0010)", "X"))),
                new Case("test-SR.dcm", List.of(new Edit("(0040,a730)[1].(0040,a730)[0].(0040,a160)", "A lesion of"),
                        new Edit("(0040,a730)[0].(0040,a010)", "CONTAINS"))),
                new Case("MR_small_expb.dcm", List.of(new Edit("(0010,0010)", "ANONYMOUS"), new Edit("(0028,0107)", "4095"),
                        new Edit("(0018,0050)", "2.5"), new Edit("(0028,0010)", "64"))),
                new Case("image_dfl.dcm", List.of(new Edit("(0010,0010)", "ANONYMOUS"), new Edit("(0008,0020)", null))),
                new Case("JPEG2000.dcm", List.of(new Edit("(0010,0010)", "ANONYMOUS"))));
    }

    private static String withoutTrailingPadding(String dump) {
        return dump.replaceAll("(?m)^\\(FFFC,FFFC\\) .*\n", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void editsMatchDcmodify(Case c, @TempDir Path dir) throws Exception {
        Path source = Oracles.testFile(c.file());
        Path viaDcmtk = dir.resolve("dcmodify.dcm");
        Files.copy(source, viaDcmtk, StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of("dcmodify", "-nb"));
        c.edits().forEach(e -> command.addAll(e.dcmodifyArgs()));
        command.add(viaDcmtk.toString());
        Oracles.Result r = Oracles.run(command);
        assertThat(r.exitCode()).as("dcmodify: " + r.stderr()).isZero();

        DicomFile read = new DicomReader().read(source);
        Dataset edited = read.dataset();
        for (Edit e : c.edits()) {
            edited = e.apply(edited);
        }
        Path ours = dir.resolve("anonscript.dcm");
        new DicomWriter().write(read.withDataset(edited), ours);

        assertThat(Oracles.dcmdumpAccepts(ours)).as("dcmdump accepts our output").isTrue();
        List<String> dumps = Oracles.pydicomDumps(List.of(viaDcmtk, ours, source));
        // dcmtk drops Data Set Trailing Padding (FFFC,FFFC) when it writes; we keep what was not edited
        assertThat(withoutTrailingPadding(dumps.get(1))).isEqualTo(withoutTrailingPadding(dumps.get(0)))
                .isNotEqualTo(withoutTrailingPadding(dumps.get(2)));
        assertThat(new DicomReader().read(ours).warnings()).as("our output is well-formed").isEmpty();
    }

}
