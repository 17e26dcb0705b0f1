package org.anonscript.dicom;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns text values into bytes and back for one dataset's Specific Character Set (0008,0005).
 * VRs outside {@link VR#usesCharacterSet()} are always ASCII (default repertoire).
 */
public interface TextCodec {

    String decode(byte[] bytes, VR vr);

    /** Encodes {@code text}; throws {@link DicomValueException} when a character cannot be represented. */
    byte[] encode(String text, VR vr);

    /** The codec for the dataset's (0008,0005); items inherit the top-level dataset's codec. */
    static TextCodec forDataset(Dataset dataset) {
        return dataset.get(Tag.SPECIFIC_CHARACTER_SET)
                .filter(e -> e instanceof DicomElement.Value)
                .map(e -> new String(((DicomElement.Value) e).sharedArray(), StandardCharsets.US_ASCII))
                .map(s -> forTerms(Arrays.stream(s.split("\\\\", -1)).map(String::strip).toList()))
                .orElse(SimpleTextCodec.DEFAULT);
    }

    /** The codec for the defined terms of (0008,0005), e.g. {@code ["ISO_IR 100"]}. */
    static TextCodec forTerms(List<String> definedTerms) {
        return SimpleTextCodec.of(definedTerms);
    }
}

/**
 * Single-byte and Unicode character sets. ISO 2022 code extensions (several terms) fall back to the
 * first term's charset.
 */
final class SimpleTextCodec implements TextCodec {

    static final SimpleTextCodec DEFAULT = new SimpleTextCodec(StandardCharsets.ISO_8859_1, true);

    private final Charset charset;
    private final boolean asciiOnlyForWriting;

    private SimpleTextCodec(Charset charset, boolean asciiOnlyForWriting) {
        this.charset = charset;
        this.asciiOnlyForWriting = asciiOnlyForWriting;
    }

    static TextCodec of(List<String> terms) {
        String first = terms.isEmpty() ? "" : terms.get(0).replace("ISO 2022 ", "ISO_");
        String name = switch (first) {
            case "ISO_IR 100" -> "ISO-8859-1";
            case "ISO_IR 101" -> "ISO-8859-2";
            case "ISO_IR 109" -> "ISO-8859-3";
            case "ISO_IR 110" -> "ISO-8859-4";
            case "ISO_IR 144" -> "ISO-8859-5";
            case "ISO_IR 127" -> "ISO-8859-6";
            case "ISO_IR 126" -> "ISO-8859-7";
            case "ISO_IR 138" -> "ISO-8859-8";
            case "ISO_IR 148" -> "ISO-8859-9";
            case "ISO_IR 203" -> "ISO-8859-15";
            case "ISO_IR 166" -> "TIS-620";
            case "ISO_IR 13" -> "Shift_JIS";
            case "ISO_IR 192" -> "UTF-8";
            case "GB18030" -> "GB18030";
            case "GBK" -> "GBK";
            default -> null;
        };
        return name == null ? DEFAULT : new SimpleTextCodec(Charset.forName(name), false);
    }

    @Override
    public String decode(byte[] bytes, VR vr) {
        return new String(bytes, vr.usesCharacterSet() ? charset : StandardCharsets.ISO_8859_1);
    }

    @Override
    public byte[] encode(String text, VR vr) {
        Charset target = vr.usesCharacterSet() && !asciiOnlyForWriting ? charset : StandardCharsets.US_ASCII;
        CharsetEncoder encoder = target.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            return Arrays.copyOf(out.array(), out.limit());
        } catch (CharacterCodingException e) {
            throw new DicomValueException("cannot encode \"" + text + "\" as " + vr + " in character set "
                    + target.name() + " (add a Specific Character Set that can represent it)");
        }
    }
}
