package org.anonscript.analysis;

import java.util.Locale;

/** Diagnostic severities, most severe first (the order LSP uses). */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    /** {@code error}, {@code warning}, {@code info}, {@code hint}: the spelling of the CLI and JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
