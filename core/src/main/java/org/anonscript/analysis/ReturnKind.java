package org.anonscript.analysis;

/** What a built-in function gives back (spec §5, §8.2). */
public enum ReturnKind {
    /** A string, never null for non-null arguments. */
    STRING,
    /** A string or null ({@code match} without a match, a {@code lookup} miss). */
    NULLABLE_STRING,
    /** A UID string ({@code 2.25.…} or under a prefix). */
    UID,
    BOOLEAN,
    LIST,
    /** A procedure: it changes the dataset and returns nothing usable (assigning it is a runtime error). */
    VOID;

    public boolean isStringLike() {
        return this == STRING || this == NULLABLE_STRING || this == UID;
    }
}
