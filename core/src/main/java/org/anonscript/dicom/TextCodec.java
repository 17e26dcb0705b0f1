package org.anonscript.dicom;

import java.nio.charset.StandardCharsets;
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
                .map(e -> CharsetTextCodec.forValue(new String(((DicomElement.Value) e).sharedArray(), StandardCharsets.US_ASCII)))
                .orElse(CharsetTextCodec.DEFAULT);
    }

    /** The codec for the defined terms of (0008,0005), e.g. {@code ["ISO_IR 100"]}. */
    static TextCodec forTerms(List<String> definedTerms) {
        return new CharsetTextCodec(SpecificCharacterSet.of(definedTerms.toArray(String[]::new)));
    }
}

/** {@link TextCodec} over {@link SpecificCharacterSet}; VRs of the default repertoire always use ISO_IR 6. */
final class CharsetTextCodec implements TextCodec {

    static final CharsetTextCodec DEFAULT = new CharsetTextCodec(SpecificCharacterSet.DEFAULT);

    /** Codecs by raw (0008,0005) value: a run sees a handful, and parsing one costs more than the lookup. */
    private static final java.util.Map<String, TextCodec> BY_VALUE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 256;

    static TextCodec forValue(String raw) {
        TextCodec codec = BY_VALUE.get(raw);
        if (codec == null) {
            codec = new CharsetTextCodec(SpecificCharacterSet.fromValue(raw.replace("\0", "")));
            if (BY_VALUE.size() < MAX_CACHED) {
                BY_VALUE.put(raw, codec);
            }
        }
        return codec;
    }

    private final SpecificCharacterSet characterSet;

    CharsetTextCodec(SpecificCharacterSet characterSet) {
        this.characterSet = characterSet;
    }

    private SpecificCharacterSet setFor(VR vr) {
        return vr.usesCharacterSet() ? characterSet : SpecificCharacterSet.DEFAULT;
    }

    @Override
    public String decode(byte[] bytes, VR vr) {
        return setFor(vr).decode(bytes, TextKind.forVr(vr.name()));
    }

    @Override
    public byte[] encode(String text, VR vr) {
        try {
            return setFor(vr).encode(text, TextKind.forVr(vr.name()));
        } catch (UnmappableTextException e) {
            throw new DicomValueException("cannot write \"" + text + "\" as " + vr + ": " + e.getMessage());
        }
    }
}
