package org.anonscript.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScriptReaderTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8TextIsReadAsItIs() {
        ScriptReader.Script script = ScriptReader.decode("(0010,0010) := \"Müller 名\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(script.text()).isEqualTo("(0010,0010) := \"Müller 名\"\n");
        assertThat(script.malformed()).isFalse();
    }

    @Test
    void invalidBytesBecomeReplacementCharactersAndAreFlagged() {
        // "a", Latin-1 ü (0xFC, not UTF-8), "b"
        ScriptReader.Script script = ScriptReader.decode(bytes('a', 0xFC, 'b'));
        assertThat(script.text()).isEqualTo("a\uFFFDb");
        assertThat(script.malformed()).isTrue();
    }

    @Test
    void truncatedSequenceAtTheEndIsReplacedToo() {
        // the first two bytes of the three-byte sequence for 名
        ScriptReader.Script script = ScriptReader.decode(bytes('x', 0xE5, 0x90));
        assertThat(script.text()).startsWith("x\uFFFD");
        assertThat(script.malformed()).isTrue();
    }

    @Test
    void byteOrderMarkIsDroppedSoColumnsStartAtTheFirstCharacter() {
        ScriptReader.Script script = ScriptReader.decode(bytes(0xEF, 0xBB, 0xBF, '-', ' ', '('));
        assertThat(script.text()).isEqualTo("- (");
        assertThat(script.malformed()).isFalse();
    }
}
