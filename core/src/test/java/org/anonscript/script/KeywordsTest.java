package org.anonscript.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsTest {

    @ParameterizedTest
    @CsvSource({
        "version, DE6, true",
        "elseif, DE6, true",
        "x, DE6, true",
        "X, DE4, true",
        "new, DE4, true",
        "new, DE6, false",
        "removeAllPrivateTags, DE4, false",
        "Version, DE6, false",
        "project, DE6, false",
    })
    void reservedNamesPerDialect(String name, Dialect dialect, boolean reserved) {
        assertThat(Keywords.isReserved(name, dialect)).isEqualTo(reserved);
    }

    @ParameterizedTest
    @CsvSource({"DE6, removeAllPrivateTags, new", "DE4, new, removeAllPrivateTags"})
    void keywordsOfADialect(Dialect dialect, String present, String absent) {
        assertThat(Keywords.of(dialect)).contains(present).doesNotContain(absent);
    }
}
