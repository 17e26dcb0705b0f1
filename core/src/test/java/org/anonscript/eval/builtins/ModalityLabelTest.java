package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityLabelTest {

    @ParameterizedTest(name = "modalities {0} give {1}")
    @CsvSource(delimiter = '|', value = {
        // XNAT's SOPModel tests: {MR, SC, OT} → MR, {MR, PT} → PT
        "MR,SC,OT|MR",
        "MR,PT|PT",
        // the ranked list: PT before MR before CT before the rest
        "MR|MR",
        "CT|CT",
        "PT|PT",
        "PT,CT|PT",               // PET/CT
        "CT,PT|PT",
        "SR,CT|CT",
        "CT,MR|MR",
        "NM,US|US",               // US ranks above NM in XNAT's list
        "SR,OT|OT",
        "SC|SC",
        "KO,SR|SR",
        "XA|XA",
        // ECAT files carry the modality PET, which wins outright
        "PET|PET",
        "MR,PET|PET",
        // multiple values and DICOM padding
        "PT\\CT|PT",
        "'MR '|MR",
    })
    void leadModality(String modalities, String expected) {
        assertThat(ModalityLabel.from(List.of(modalities.split(",")))).contains(expected);
    }

    @ParameterizedTest(name = "{0} give no label")
    @CsvSource(delimiter = '|', value = {"''", "KO", "SEG", "KO,PR", "mr"})
    void noLeadModalityNoLabel(String modalities) {
        assertThat(ModalityLabel.from(List.of(modalities.split(",")))).isEmpty();
    }

    @Test
    void nullsAndNothingGiveNoLabel() {
        assertThat(ModalityLabel.from()).isEmpty();
        assertThat(ModalityLabel.from(Arrays.asList((String) null))).isEmpty();
    }

    @Test
    void theRankedListIsXnats() {
        assertThat(ModalityLabel.LEAD_MODALITIES).hasSize(32).startsWith("PT", "MR", "CT").endsWith("SR", "SC", "ANN");
    }
}
