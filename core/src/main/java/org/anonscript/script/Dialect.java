package org.anonscript.script;

/** The two languages XNAT runs (spec §1): DicomEdit 6.x with a version line, classic DicomEdit 4 without. */
public enum Dialect {
    DE4("4"),
    DE6("6");

    private final String label;

    Dialect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
