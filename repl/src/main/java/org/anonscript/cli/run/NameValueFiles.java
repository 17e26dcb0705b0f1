package org.anonscript.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The small text files of {@code run}: {@code --vars} (name=value lines) and {@code --existing-sessions}. */
public final class NameValueFiles {

    private NameValueFiles() {
    }

    /** {@code name=value} per line; blank lines and lines starting with {@code #} are ignored. */
    public static Map<String, String> variables(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new IOException(file + ":" + n + ": expected name=value, got \"" + t + "\"");
            }
            out.put(t.substring(0, eq).strip(), t.substring(eq + 1));
        }
        return out;
    }

    /** One session label per line; blank lines are ignored, labels are taken as written (trimmed). */
    public static Set<String> labels(Path file) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
