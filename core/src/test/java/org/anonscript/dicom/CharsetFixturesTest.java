package org.anonscript.dicom;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text element of pydicom's charset_files decodes to the string pydicom gives. */
class CharsetFixturesTest {
    private static Path charsetFiles;
    private static JsonObject pydicom;

    @BeforeAll
    static void runOracle() throws IOException {
        charsetFiles = PydicomOracle.dataDirectory().resolve("charset_files");
        pydicom = PydicomOracle.runScript("pydicom_text_values.py",
                fixtures().map(f -> charsetFiles.resolve(f).toString()).toList());
    }

    static Stream<String> fixtures() throws IOException {
        Path dir = charsetFiles != null ? charsetFiles : PydicomOracle.dataDirectory().resolve("charset_files");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dcm")).sorted().toList().stream();
        }
    }

    @Test
    void allSeventeenFixturesAreChecked() throws IOException {
        assertThat(fixtures()).hasSize(17).contains("chrJapMulti.dcm", "chrH31.dcm", "chrKoreanMulti.dcm",
                "chrSQEncoding.dcm", "chrSQEncoding1.dcm", "chrX1.dcm", "chrX2.dcm");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decodesLikePydicom(String fixture) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : pydicom.getAsJsonObject(fixture).entrySet()) {
            expected.put(e.getKey(), e.getValue().getAsString());
        }
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, RawTextElements.TextElement> elements = RawTextElements.read(charsetFiles.resolve(fixture));
        elements.forEach((path, element) -> {
            if (!TextKind.usesSpecificCharacterSet(element.vr())) {
                return;
            }
            TextKind kind = TextKind.forVr(element.vr());
            actual.put(path, trimmedLikePydicom(element.characterSet().decode(element.value(), kind), kind));
        });
        // pydicom also decodes private elements stored as UN whose VR its private dictionary knows
        // (chrJapMulti's AGFA group); to a reader without that dictionary they are bytes, not text.
        assertThat(expected).containsAllEntriesOf(actual);
        assertThat(expected.keySet()).allSatisfy(path -> assertThat(actual.containsKey(path)
                        || elements.get(path).vr().equals("UN"))
                .as("%s is decoded by pydicom but is not a text element in %s", path, fixture).isTrue());
    }

    /** pydicom strips trailing spaces and NULs per value (SH, LO, UC), or from the whole value (PN, ST, LT, UT). */
    private static String trimmedLikePydicom(String decoded, TextKind kind) {
        if (kind == TextKind.PERSON_NAME) {
            // pydicom's PersonName drops trailing empty component groups ("A=B=" shows as "A=B")
            return stripPadding(decoded).replaceAll("=+$", "");
        }
        if (kind != TextKind.MULTI_VALUED) {
            return stripPadding(decoded);
        }
        List<String> values = List.of(decoded.split("\\\\", -1));
        return String.join("\\", values.stream().map(CharsetFixturesTest::stripPadding).toList());
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }
}
