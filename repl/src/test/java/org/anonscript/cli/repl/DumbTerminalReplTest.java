package org.anonscript.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL as a user drives it, through JLine on a dumb terminal over byte streams. */
class DumbTerminalReplTest {

    @TempDir
    Path dir;

    private String session(String typed, Path history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JLineRepl.Options options = new JLineRepl.Options(Dialect.DE6, Map.of("project", "P1"),
                List.of(Samples.mr().toString(), Samples.ct().toString()), history, null);
        int code = JLineRepl.runOnStreams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), out, options);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void loadTypeUndoDiffSaveThenTheScriptLints() throws Exception {
        Path saved = dir.resolve("session.das");
        Path history = dir.resolve("history");
        String typed = String.join("\n",
                "(0010,0010) := \"Anon\"",
                "(0010,0020)",
                "if ((0008,0060) = \"MR\") {",
                "  (0008,1030) := project",
                "}",
                // a pasted script: one statement per line
                "- (0010,1040)",
                "(0010,0020) := \"ID\"",
                "(0008,0050) := lowercase[(0008,0050)]",
                ":undo",
                ":diff",
                ":save " + saved,
                ":quit",
                "");
        String screen = session(typed, history);

        assertThat(screen).contains("loaded 2 files (2 in the session)");
        assertThat(screen).contains("synthetic-mr.dcm: \"SAMPLE-MR-001\"", "synthetic-ct.dcm: \"SAMPLE-CT-002\"");
        assertThat(screen).contains("...> "); // the continuation prompt of the if block
        assertThat(screen).contains("~ (0008,1030)  StudyDescription  \"Synthetic sample study\"  ->  \"P1\"");
        assertThat(screen).contains("undone: (0008,0050) := lowercase[(0008,0050)]");
        assertThat(screen).doesNotContain("\u001B["); // no colour on a dumb terminal
        String diff = screen.substring(screen.indexOf("undone:"));
        assertThat(diff).contains("synthetic-mr.dcm: 4 changes", "synthetic-ct.dcm: 3 changes")
                .contains("~ (0010,0010)  PatientName       \"Sample^Mister\"", "- (0010,1040)  PatientAddress");

        String script = Files.readString(saved);
        assertThat(script).isEqualTo("""
                version "6.7"
                (0010,0010) := "Anon"
                if ((0008,0060) = "MR") {
                  (0008,1030) := project
                }
                - (0010,1040)
                (0010,0020) := "ID"
                """);
        assertThat(Linter.lint(script, AnalysisOptions.defaults()).diagnostics())
                .noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void ctrlDLeaves() throws Exception {
        // (Ctrl-C is checked on a real terminal, in ReplInTmuxIT: over plain streams JLine cannot interrupt a read.)
        Path history = dir.resolve("history");
        String screen = session("(0010,0010) := \"Kept\"\n:script\n\u0004:script\n", history);
        assertThat(screen).contains("->  \"Kept\"");
        // Ctrl-D ended the session: the second :script never ran.
        assertThat(screen.split("version \"6.7\"", -1)).hasSize(2);
    }

    @Test
    void historyKeepsAMultiLineStatementAsOneEntryAcrossSessions() throws Exception {
        Path history = dir.resolve("history");
        session("if ((0008,0060) = \"CT\") {\n- (0010,1040)\n}\n:quit\n", history);
        assertThat(history).exists();
        org.jline.reader.impl.history.DefaultHistory h = new org.jline.reader.impl.history.DefaultHistory();
        org.jline.reader.LineReader reader = org.jline.reader.LineReaderBuilder.builder()
                .variable(org.jline.reader.LineReader.HISTORY_FILE, history).history(h).build();
        h.attach(reader);
        List<String> entries = new java.util.ArrayList<>();
        h.forEach(e -> entries.add(e.line()));
        assertThat(entries).containsExactly("if ((0008,0060) = \"CT\") {\n- (0010,1040)\n}", ":quit");
    }
}
