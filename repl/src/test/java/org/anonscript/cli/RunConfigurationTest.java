package org.anonscript.cli;

import static org.anonscript.cli.RunCommandTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} reads {@code .anonscript.json} from the first script's folder or above, and its options win over
 * the file: bindings name by name ({@code --var} over {@code --vars} over the file), the other settings whole.
 */
class RunConfigurationTest {

    @TempDir
    Path temp;
    Path project;
    Path scripts;
    Path in;
    Path out;

    @BeforeEach
    void layout() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        scripts = Files.createDirectories(project.resolve("scripts/site"));
        in = Files.createDirectories(temp.resolve("in"));
        out = temp.resolve("out");
        Files.copy(Path.of("..", "examples", "samples", "synthetic-mr.dcm"), in.resolve("mr.dcm"));
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(scripts.resolve(name), text);
    }

    private Path config(String json) throws IOException {
        return Files.writeString(project.resolve(".anonscript.json"), json);
    }

    private CliRun run(Path script, String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--script", script.toString(), "--output", out.toString()));
        args.addAll(List.of(options));
        args.add(in.resolve("mr.dcm").toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private String result(String tag) throws IOException {
        return value(out.resolve("mr.dcm"), tag);
    }

    static final String BINDINGS_SCRIPT = """
            version "6.7"
            (0008,1030) := project
            (0010,0010) := subject
            (0010,4000) := site
            """;

    @Test
    void theNearestFileAboveTheScriptIsFoundAndNamed() throws IOException {
        Path config = config("{\"bindings\": {\"project\": \"FROM_CONFIG\", \"subject\": \"S\", \"site\": \"Here\"}}");
        CliRun run = run(script("s.das", BINDINGS_SCRIPT));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("configuration: " + config.toAbsolutePath().normalize() + "\n");
        assertThat(result("(0008,1030)")).isEqualTo("FROM_CONFIG");
        assertThat(result("(0010,4000)")).isEqualTo("Here");
    }

    @Test
    void bindingsMergeNameByNameVarOverVarsOverTheFile() throws IOException {
        config("{\"bindings\": {\"project\": \"file\", \"subject\": \"file\", \"site\": \"file\"}}");
        Path vars = Files.writeString(temp.resolve("vars.txt"), "subject=vars\nsite=vars\n");
        CliRun run = run(script("s.das", BINDINGS_SCRIPT), "--vars", vars.toString(), "--var", "site=option");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(List.of(result("(0008,1030)"), result("(0010,0010)"), result("(0010,4000)")))
                .containsExactly("file", "vars", "option");
    }

    @Test
    void noConfigIgnoresTheFileAndConfigPicksAnother() throws IOException {
        config("{\"bindings\": {\"project\": \"nearest\"}}");
        Path other = Files.writeString(temp.resolve("other.json"), "{\"bindings\": {\"project\": \"chosen\"}}");
        Path s = script("s.das", "version \"6.7\"\n(0008,1030) := project\n");
        CliRun ignored = run(s, "--no-config");
        assertThat(ignored.out()).doesNotContain("configuration:");
        assertThat(result("(0008,1030)")).isEqualTo("Synthetic sample study"); // unbound: the assignment does nothing
        CliRun chosen = run(s, "--config", other.toString());
        assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
        assertThat(result("(0008,1030)")).isEqualTo("chosen");
    }

    @Test
    void existingSessionsFromTheFileUnlessTheOptionGivesOthers() throws IOException {
        config("{\"bindings\": {\"subject\": \"subj\"}, \"sessions\": [\"subj_v00_mr\", \"subj_v01_mr\"]}");
        // makeSessionLabel is a DicomEdit 4 uploader function (spec §10.2)
        Path s = script("s.das", "(0010,0020) := session\nsession := makeSessionLabel[format[\"{0}_v##_mr\", subject]]\n");
        assertThat(run(s).exitCode()).isZero();
        assertThat(result("(0010,0020)")).isEqualTo("subj_v02_mr");
        Path sessions = Files.writeString(temp.resolve("sessions.txt"), "subj_v00_mr\n");
        assertThat(run(s, "--existing-sessions", sessions.toString()).exitCode()).isZero();
        assertThat(result("(0010,0020)")).isEqualTo("subj_v01_mr");
    }

    @Test
    void lookupTablesFromTheFileRelativeToItUnlessLookupIsGiven() throws IOException {
        Files.createDirectories(project.resolve("tables"));
        Files.writeString(project.resolve("tables/a.txt"), "pid/SAMPLE-MR-001 = FROM_A\nsite/x = A\n");
        Files.writeString(project.resolve("tables/b.txt"), "pid/SAMPLE-MR-001 = FROM_B\n");
        config("{\"lookup\": [\"tables/a.txt\", \"tables/b.txt\"]}");
        Path s = script("s.das", "version \"6.7\"\n(0010,0020) := lookup[\"pid\", (0010,0020)]\n"
                + "(0010,4000) := lookup[\"site\", \"x\"]\n");
        assertThat(run(s).exitCode()).isZero();
        assertThat(result("(0010,0020)")).isEqualTo("FROM_B"); // later table wins
        assertThat(result("(0010,4000)")).isEqualTo("A");
        Path own = Files.writeString(temp.resolve("own.txt"), "pid/SAMPLE-MR-001 = FROM_OPTION\n");
        assertThat(run(s, "--lookup", own.toString()).exitCode()).isZero();
        assertThat(result("(0010,0020)")).isEqualTo("FROM_OPTION");
        assertThat(result("(0010,4000)")).as("the file's tables are not read then").isNull();
    }

    @Test
    void theDialectOfTheFileAndOfTheOption() throws IOException {
        // no version line: DicomEdit 4, which has no removeAllPrivateTags statement
        Path s = script("s.das", "removeAllPrivateTags\n(0010,0010) := \"X\"\n");
        assertThat(run(s).exitCode()).isEqualTo(2);
        config("{\"dialect\": \"6\"}");
        CliRun six = run(s);
        assertThat(six.exitCode()).as(six.toString()).isZero();
        assertThat(result("(0010,0010)")).isEqualTo("X");
        assertThat(run(s, "--dialect", "4").exitCode()).isEqualTo(2);
    }

    @Test
    void networkFromTheFileAndTheOptionTurnsItOff() throws IOException {
        Path s = script("s.das", "version \"6.7\"\n(0010,4000) := getURL[\"http://127.0.0.1:9/nothing\"]\n");
        assertThat(run(s).err()).contains("needs network access");
        config("{\"network\": true}");
        CliRun allowed = run(s);
        assertThat(allowed.exitCode()).isEqualTo(1); // nothing listens there, but the request was made
        assertThat(allowed.err()).contains("getURL").doesNotContain("needs network access");
        assertThat(run(s, "--no-allow-network").err()).contains("needs network access");
    }

    @Test
    void aBrokenFileStopsTheRunBeforeAnyFile() throws IOException {
        config("{\"dialect\": \"5\"}");
        CliRun run = run(script("s.das", "version \"6.7\"\n(0010,0010) := \"X\"\n"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".anonscript.json").contains("dialect");
        assertThat(out).doesNotExist();
    }
}
