package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.seq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anonscript.dicom.Dataset;
import org.anonscript.script.TagPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The datasets a path prefix ending in a level wildcard reaches (what hover shows on {@code *}, {@code +}, {@code .}). */
class PathMatcherLevelsTest {

    /** Two levels of nesting: (0008,1115) with two items, the second holding (0008,1140) with one item. */
    static final Dataset NESTED = ds(
            el("(0010,0010)", "Top^Level"),
            seq("(0008,1115)",
                    ds(el("(0008,1150)", "1.2.1")),
                    ds(el("(0008,1150)", "1.2.2"), seq("(0008,1140)", ds(el("(0008,1150)", "1.2.3"))))));

    @ParameterizedTest(name = "{0} reaches {1}")
    @CsvSource(delimiter = '|', value = {
        "*/(0008,1150)             | top; (0008,1115)[0]; (0008,1115)[1]; (0008,1115)[1]/(0008,1140)[0]",
        "+/(0008,1150)             | (0008,1115)[0]; (0008,1115)[1]; (0008,1115)[1]/(0008,1140)[0]",
        "./(0008,1150)             | (0008,1115)[0]; (0008,1115)[1]",
        "(0008,1115)[1]/./(0008,1150) | (0008,1115)[1]/(0008,1140)[0]",
        "(0008,1115)/*/(0008,1150) | (0008,1115)[0]; (0008,1115)[1]; (0008,1115)[1]/(0008,1140)[0]",
    })
    void levelWildcardPrefixReachesTheseDatasets(String path, String expected) {
        TagPath full = Datasets.path(path);
        int wildcard = path.startsWith("(0008,1115)") ? 1 : 0;
        TagPath prefix = new TagPath(full.steps().subList(0, wildcard + 1), full.range());
        List<String> reached = PathMatcher.levels(NESTED, prefix).stream()
                .map(hops -> hops.isEmpty() ? "top" : Location.itemPath(hops)).toList();
        assertThat(String.join("; ", reached)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(delimiter = '|', value = {
        "*/(0008,1150)  | (0008,1115)[0]/(0008,1150); (0008,1115)[1]/(0008,1150); (0008,1115)[1]/(0008,1140)[0]/(0008,1150)",
        "(0008,1115)[1] | (0008,1115)[1]",
    })
    void aPathEndingInATagStepReachesNoLevelsAndMatchesAsBefore(String path, String expected) {
        TagPath p = Datasets.path(path);
        assertThat(PathMatcher.levels(NESTED, p)).isEmpty();
        assertThat(String.join("; ", PathMatcher.match(NESTED, p).stream().map(Location::path).toList()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(0010,0010)                  | Top^Level",
        "(0008,1115)[1]/(0008,1150)   | 1.2.2",
        "(0008,1115)[1]               | ",
    })
    void aLocationReadsItsElementBack(String path, String value) {
        Location at = PathMatcher.match(NESTED, Datasets.path(path)).get(0);
        var element = at.element(NESTED).orElseThrow();
        if (at.isItem()) {
            assertThat(element).isInstanceOf(org.anonscript.dicom.DicomElement.Sequence.class);
        } else {
            assertThat(org.anonscript.dicom.ValueText.read(element, org.anonscript.dicom.TextCodec.forDataset(NESTED)))
                    .isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "*/*/*/(0008,1150)   | */(0008,1150)",
        "+/(0008,1150)       | ./*/(0008,1150)",
        "*/+/*/(0008,1150)   | +/(0008,1150)",
    })
    void runsOfLevelWildcardsMatchLikeTheirShortForm(String path, String same) {
        assertThat(Datasets.paths(NESTED, path)).isNotEmpty().isEqualTo(Datasets.paths(NESTED, same));
    }

    @org.junit.jupiter.api.Test
    void eachElementIsMatchedOnceHoweverManyWaysTheWildcardsReachIt() {
        // 40 nested (0008,1115) items and 20 steps "*" + "(0008,1115)": C(40,20) ways to walk, one match
        Dataset deep = ds(el("(0010,0010)", "Leaf"));
        for (int i = 0; i < 40; i++) {
            deep = ds(seq("(0008,1115)", deep));
        }
        String path = "*/(0008,1115)/".repeat(20) + "*/(0010,0010)";
        assertThat(Datasets.paths(deep, path)).containsExactly(
                "(0008,1115)[0]/".repeat(40) + "(0010,0010)");
        assertThat(Datasets.paths(deep, "*/".repeat(5_000) + "(0010,0010)")).hasSize(1);
    }
}
