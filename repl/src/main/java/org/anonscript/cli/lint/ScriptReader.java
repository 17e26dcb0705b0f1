package org.anonscript.cli.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads scripts as UTF-8, the encoding XNAT stores them in. Bytes that are not valid UTF-8 are replaced
 * by U+FFFD so the rest of the script is still linted; the caller is told ({@link Script#malformed()}) and
 * prints a note naming the file. That note is not a diagnostic: it is about the file, not the language.
 * A leading byte-order mark is dropped so it does not shift columns.
 */
public final class ScriptReader {

    /** The decoded text and whether any byte had to be replaced. */
    public record Script(String text, boolean malformed) {
    }

    private ScriptReader() {
    }

    public static Script read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static Script read(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    static Script decode(byte[] bytes) {
        boolean malformed = false;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            malformed = true;
            text = replacing(bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Script(text, malformed);
    }

    private static String replacing(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }
}
