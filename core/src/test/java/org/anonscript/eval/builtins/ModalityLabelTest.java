package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityLabelTest {

    @ParameterizedTest(name = "modalities {0} give {1}")
    @CsvSource(delimiter = '|', value = {
        "MR|MR",
        "CT|CT",
        "PT|PET",
        "PT,CT|PET",              // PET/CT is a PET session
        "CT,PT|PET",
        "MR,PT|PET",              // PET/MR too
        "PT\\CT|PET",             // Modalities in Study, multi-valued
        "MR,SR,PR|MR",
        "SR,CT|CT",
        "CT,MR|MR",
        "SR,US|US",
        "NM,US|NM",               // otherwise the first acquisition modality given
        "KO,SR|KO",               // only ancillary objects: the first one given
        "OT|OT",
        "mr|MR",                  // case and padding ignored
        "' CT '|CT",
        "XA|XA",
    })
    void leadingModality(String modalities, String expected) {
        assertThat(ModalityLabel.from(List.of(modalities.split(",")))).contains(expected);
    }

    @ParameterizedTest(name = "{0} give no label")
    @CsvSource(delimiter = '|', value = {"''", "' '", "\\"})
    void nothingUsable(String modality) {
        assertThat(ModalityLabel.from(modality)).isEmpty();
        assertThat(ModalityLabel.from(Arrays.asList(modality, null))).isEmpty();
        assertThat(ModalityLabel.from()).isEmpty();
    }
}
