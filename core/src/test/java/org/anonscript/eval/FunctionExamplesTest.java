package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.VR;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every input → output example of spec §8.3 (functions), §12.1 (hashUID vectors) and §12.2 (date
 * shifting), evaluated through the whole engine: {@code (0010,4000) := EXPRESSION} on a small dataset.
 */
class FunctionExamplesTest {

    /** StudyDate 20100430, Modality MR, AcquisitionDateTime 20100430130441.40. */
    static final Dataset DATA = ds(el("(0008,0020)", "20100430"), el("(0008,0060)", "MR"),
            el("(0008,002A)", VR.DT, "20100430130441.40"));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            concatenate["10","20","30"]                                              | 102030
            format["{0}-{1}", lowercase["MR"], replace[substring["ABCDEF", 1, 4], "C", "x"]] | mr-BxD
            format["O'Brien {0}", "x"]                                                | OBrien {0}
            format["{0}_{1}", (0008,0060), (0010,9999)]                               | MR_null
            match["aba", "(a(b)?)+", 2]                                               | b
            ismatch[(0008,0020), "\\\\d{8}"]                                          | true
            ismatch[(0008,0020), "\\\\d{7}"]                                          | false
            lowercase[(0008,0060)]                                                    | mr
            uppercase["abc"]                                                          | ABC
            substring["ABCDEF", 1, 4]                                                 | BCD
            replace["a.b.c", ".", "-"]                                                | a-b-c
            hashUID["1.2.3.4.5"]                                                      | 2.25.281097975800109040096884226991818420711
            hashUID["1.2.3.4.5.6"]                                                    | 2.25.262228503153619312954819897114011402300
            hashUID["99.99999.99999999999.999999999999999.999999999"]                 | 2.25.25035822876724830630813723844719420300
            shiftDateByIncrement["20200228", "2"]                                     | 20200301
            shiftDateByIncrement["20210228", "2"]                                     | 20210302
            shiftDateByIncrement["20200228", "-5"]                                    | 20200223
            shiftDateByIncrement["20181231", "365"]                                   | 20191231
            shiftDateByIncrement[(0008,0020), "-30"]                                  | 20100331
            shiftDateTimeByIncrement["20200101120000.000000", "10"]                   | 20200101120010.000000
            shiftDateTimeByIncrement["20200228235800", "180"]                         | 20200229000100
            shiftDateTimeByIncrement["19960808140000", "-600"]                        | 19960808135000
            shiftDateTimeByIncrement["20200101120000+0500", "10"]                     | 20200101120010+0500
            shiftDateTimeByIncrement[(0008,002A), "360"]                              | 20100430131041.40
            shiftDateTimeByIncrement["1960", "0"]                                     | 1960
            shiftDateTimeByIncrement["19600519132435", "0"]                           | 19600519132435
            shiftDateTimeByIncrement["20200101", "1", "years"]                        | 20201231
            normalizeString["Ärzte Zoë"]                                              | _rzte Zo_
            normalizeString["日本", ":)"]                                              | :):)
            """)
    void de6Examples(String expression, String expected) {
        Outcome outcome = run("version \"6.7\"\n(0010,4000) := " + expression, DATA);
        assertThat(outcome.failure()).as(expression).isEmpty();
        assertThat(Datasets.value(outcome.dataset(), "(0010,4000)")).as(expression).isEqualTo(expected);
    }

    @ParameterizedTest(name = "DE4 {0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            urlEncode["0=1"]                                  | 0%3D1
            "{0}_{1}" (0008,0060), substring[(0008,0020), 0, 4] | MR_2010
            format["{0}", (0010,9999)]                        | null
            """)
    void de4Examples(String expression, String expected) {
        Outcome outcome = run("(0010,4000) := " + expression, DATA);
        assertThat(outcome.failure()).as(expression).isEmpty();
        assertThat(Datasets.value(outcome.dataset(), "(0010,4000)")).as(expression).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} fails: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            substring["ABC", 2, 9]                  | out of range
            concatenate["a", (0010,9999)]           | null argument to concatenate
            shiftDateByIncrement["2020", "1", "weeks"] | Unsupported time-shift units
            shiftDateByIncrement["notadate", "1"]   | Failed to parse DICOM time string
            shiftDateByIncrement[(0008,0060), "1"]  | not DA
            getURL["http://localhost/"]             | --allow-network
            removeTags[(0010,0010)]                 | VOID
            nosuchFunction["x"]                     | failed to find function
            """)
    void runtimeErrors(String expression, String message) {
        Outcome outcome = run("version \"6.7\"\n(0010,4000) := " + expression, DATA);
        assertThat(outcome.status()).as(expression).isEqualTo(Outcome.Status.ERROR);
        assertThat(outcome.failure().orElseThrow().message()).as(expression).contains(message);
        assertThat(outcome.failure().orElseThrow().range().orElseThrow().start().line()).isEqualTo(1);
    }
}
