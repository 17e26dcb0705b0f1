package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookupTableTest {

    // Each row: one line of a lookup file, then the table and key asked for, then the answer (empty = null).
    @ParameterizedTest(name = "line \"{0}\": lookup[{1}, {2}] = {3}")
    @CsvSource(delimiter = '|', value = {
        "subject/S001 = SUBJ_A|subject|S001|SUBJ_A",
        "subject/S001=SUBJ_A|subject|S001|SUBJ_A",
        // the table name and the value are trimmed; the key is kept as written after the whole left part is trimmed
        "'  subject / S001 =  SUBJ_A  '|subject|' S001'|SUBJ_A",
        "'  subject / S001 =  SUBJ_A  '|subject|S001|",
        "'\tsubject/S001 = SUBJ_A'|subject|S001|SUBJ_A",
        // a value may contain / and spaces
        "site/1 = a/b c|site|1|a/b c",
        // comments, with or without leading blanks
        "// subject/S001 = SUBJ_A|subject|S001|",
        "'   // subject/S001 = SUBJ_A'|subject|S001|",
        // malformed lines are ignored: not exactly one = (after Java's split), not exactly one /
        "subject/S001|subject|S001|",
        "subject/S001 = a = b|subject|S001|",
        "subject/S001 = |subject|S001|",
        "subject = SUBJ_A|subject||",
        "a/b/c = d|a|b/c|",
        "a/b/c = d|a|b|",
        // Java's split drops trailing empty parts: a trailing = or / is accepted
        "subject/S001 = SUBJ_A=|subject|S001|SUBJ_A",
        "subject/S001/ = SUBJ_A|subject|S001|SUBJ_A",
        // an empty table name is a name like any other
        "/S001 = SUBJ_A||S001|SUBJ_A",
    })
    void lineRules(String line, String table, String key, String expected) {
        LookupTable lookup = LookupTable.parse(line);
        assertThat(lookup.lookup(table == null ? "" : table, key)).isEqualTo(expected);
    }

    @Test
    void aFileOfManyLines() {
        LookupTable lookup = LookupTable.parse("""
                // subjects of project P1
                subject/S001 = SUBJ_A

                subject/S002 = SUBJ_B\r
                session/MR1 = SESS_1\r
                subject/S001 = SUBJ_C
                """);
        assertThat(lookup.lookup("subject", "S001")).isEqualTo("SUBJ_C"); // a later line wins
        assertThat(lookup.lookup("subject", "S002")).isEqualTo("SUBJ_B");
        assertThat(lookup.lookup("session", "MR1")).isEqualTo("SESS_1");
        assertThat(lookup.lookup("session", "S001")).isNull();
        assertThat(lookup.lookup("nosuchtable", "S001")).isNull();
        assertThat(lookup.lookup(null, "S001")).isNull();
        assertThat(lookup.lookup("subject", null)).isNull();
    }

    @Test
    void anEmptyTableMissesEverything() {
        assertThat(LookupTable.empty().lookup("subject", "S001")).isNull();
        assertThat(LookupTable.parse("").get("subject", "S001")).isEmpty();
    }
}
