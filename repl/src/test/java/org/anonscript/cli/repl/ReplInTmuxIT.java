package org.anonscript.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar ({@code anonscript repl}) in a real pseudo-terminal: tmux runs it, {@code send-keys} types,
 * {@code capture-pane} reads the screen ({@code -e} keeps the colour escapes). An integration test
 * (failsafe, after {@code package}) because it needs {@code target/anonscript.jar}. Needs Debian's tmux
 * (installed by .ci/run); fails, never skips, without it.
 */
class ReplInTmuxIT {

    private static final long TIMEOUT_MS = 30_000;

    @TempDir
    Path dir;

    private final String socket = "anonscript-it-" + ProcessHandle.current().pid();
    private Path history;

    @BeforeEach
    void startTheReplInTmux() throws Exception {
        String jar = System.getProperty("anonscript.jar", "target/anonscript.jar");
        assertThat(Path.of(jar)).as("the shaded jar (mvn package builds it)").isRegularFile();
        assertThat(run("tmux", "-V").exitCode).as("tmux is required: apt-get install tmux").isZero();
        history = dir.resolve("history");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", quote(java), "-jar", quote(Path.of(jar).toAbsolutePath().toString()), "repl",
                "--history", quote(history.toString()), quote(Samples.mr().toString()), quote(Samples.ct().toString()));
        Result started = run("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "repl", "-x", "160",
                "-y", "50", command + "; echo REPL-EXITED; sleep 60");
        assertThat(started.exitCode).as(started.output).isZero();
        await(s -> s.contains("de6>"), false); // capture-pane drops trailing blanks
    }

    @AfterEach
    void stopTmux() throws Exception {
        run("tmux", "-L", socket, "kill-server");
    }

    @Test
    void completionColouredDiffHistoryRecallCtrlCAndCtrlD() throws Exception {
        // PatientBi<TAB>: the tags whose keyword starts so are listed, the word grows to their common prefix.
        keys("PatientBi", "Tab");
        String screen = await(s -> s.contains("PatientBirthDate (0010,0030)") && s.contains("de6> PatientBirth"), false);
        assertThat(screen).contains("PatientBirthTime (0010,0032)");
        // A whole keyword completes to the tag as DicomEdit writes it.
        keys("Date", "Tab");
        await(s -> s.contains("de6> (0010,0030)"), false);

        keys(" := \"19000101\"", "Enter");
        String coloured = await(s -> s.contains("synthetic-ct.dcm: 1 change"), true);
        assertThat(coloured).contains("PatientBirthDate  \u001B[31m\"19300615\"\u001B[39m  ->  \u001B[32m\"19000101\"");

        // History recall: Up brings the statement back. (Keys are sent only at a prompt: JLine drops what is
        // typed ahead while it is busy.)
        await(s -> lastLine(s).equals("de6>"), false);
        keys("Up");
        await(s -> lastLine(s).equals("de6> (0010,0030) := \"19000101\""), false);
        keys("C-u");
        await(s -> lastLine(s).equals("de6>"), false);

        // Ctrl-C drops the line being typed.
        keys("(0010,0010) := \"Never\"");
        await(s -> lastLine(s).equals("de6> (0010,0010) := \"Never\""), false);
        keys("C-c");
        await(s -> lastLine(s).equals("de6>"), false);
        keys(":diff", "Enter");
        String diff = await(s -> s.contains(":diff") && s.substring(s.indexOf(":diff")).contains("synthetic-ct.dcm: 1 change")
                && lastLine(s).equals("de6>"), false);
        assertThat(diff.substring(diff.indexOf(":diff"))).doesNotContain("Never").contains("PatientBirthDate");

        // Ctrl-D leaves and the history file keeps what was entered.
        Thread.sleep(500); // let JLine be back in its read (raw mode) before the key
        keys("C-d");
        await(s -> s.contains("REPL-EXITED"), false);
        assertThat(Files.readString(history)).contains("(0010,0030) := \"19000101\"").contains(":diff");
    }

    private void keys(String... keys) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", "repl"));
        command.addAll(List.of(keys));
        Result r = run(command.toArray(String[]::new));
        assertThat(r.exitCode).as(r.output).isZero();
    }

    private String screen(boolean escapes) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "capture-pane", "-p", "-t", "repl"));
        if (escapes) {
            command.add("-e");
        }
        return run(command.toArray(String[]::new)).output;
    }

    private String await(Predicate<String> ready, boolean escapes) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        String s = screen(escapes);
        while (!ready.test(s)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out; the screen was:\n" + s);
            }
            Thread.sleep(100);
            s = screen(escapes);
        }
        return s;
    }

    private static String lastLine(String screen) {
        String s = screen.stripTrailing();
        return s.substring(s.lastIndexOf('\n') + 1);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is required (apt-get install " + command[0] + "): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
