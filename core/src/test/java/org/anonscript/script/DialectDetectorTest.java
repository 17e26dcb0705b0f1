package org.anonscript.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §1: XNAT's exact version-line rule decides the dialect. */
class DialectDetectorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        version "6.1"                              | 6.1
        version "6.7"\\n-(0010,0010)               | 6.7
        // comment\\nversion "6.3"                 | 6.3
        -(0010,0010)\\nversion "6.6"\\nversion "6.1" | 6.6
        version "6.10"                             | 6.10
        version "7.0"                              | 7.0
        version "6.1"\\r\\n(0010,0010) := "x"      | 6.1
        """)
    void detectsTheFirstExactVersionLine(String script, String version) {
        String text = script.replace("\\n", "\n").replace("\\r", "\r");
        assertThat(DialectDetector.detectVersion(text)).contains(version);
        assertThat(DialectDetector.detect(text)).isEqualTo(Dialect.DE6);
    }

    @ParameterizedTest(name = "{0} is DE4")
    @CsvSource(delimiter = '|', textBlock = """
        (0010,0010) := "x"
        ' version "6.1"'
        version  "6.1"
        version "6.1" // default
        'version "6.1" '
        version "6"
        version "v6.1"
        version 6.1
        Version "6.1"
        """)
    void anythingElseIsDicomEdit4(String text) {
        assertThat(DialectDetector.detectVersion(text)).isEmpty();
        assertThat(DialectDetector.detect(text)).isEqualTo(Dialect.DE4);
    }

    @org.junit.jupiter.api.Test
    void parseUsesTheDetectedDialectAndRecordsTheVersion() {
        ParseResult de6 = ScriptParser.parse("version \"6.1\"\n(0010,0010) := \"x\"");
        assertThat(de6.script().dialect()).isEqualTo(Dialect.DE6);
        assertThat(de6.script().detectedVersion()).contains("6.1");
        ParseResult de4 = ScriptParser.parse("(0010,0010) := \"x\"");
        assertThat(de4.script().dialect()).isEqualTo(Dialect.DE4);
        assertThat(de4.script().detectedVersion()).isEmpty();
        ParseResult forced = ScriptParser.parse("(0010,0010) := \"x\"", Dialect.DE6);
        assertThat(forced.script().dialect()).isEqualTo(Dialect.DE6);
    }
}
