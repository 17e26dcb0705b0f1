package org.anonscript.dicom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately small reader for tests of character sets only: explicit VR little endian Part 10
 * files (all of pydicom's charset fixtures), collecting the VR and raw bytes of every element outside
 * the file meta group, with the Specific Character Set in force for it (an item's own (0008,0005),
 * else its parent's).
 */
final class RawTextElements {
    record TextElement(String vr, byte[] value, SpecificCharacterSet characterSet) {
    }

    private static final Set<String> LONG_LENGTH_VRS =
            Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;

    private final ByteBuffer buffer;
    private final Map<String, TextElement> elements = new LinkedHashMap<>();

    private RawTextElements(byte[] bytes) {
        this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Path ("ggggeeee", nested "ggggeeee[i].ggggeeee") → raw element (sequences themselves excluded). */
    static Map<String, TextElement> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 132 || !new String(bytes, 128, 4, StandardCharsets.US_ASCII).equals("DICM")) {
            throw new IOException(file + ": not a Part 10 file");
        }
        RawTextElements reader = new RawTextElements(bytes);
        reader.buffer.position(132);
        reader.readDataset("", bytes.length, SpecificCharacterSet.DEFAULT);
        return reader.elements;
    }

    private void readDataset(String prefix, int end, SpecificCharacterSet inherited) {
        SpecificCharacterSet characterSet = inherited;
        while (buffer.position() < end) {
            int tag = (buffer.getShort() & 0xFFFF) << 16 | (buffer.getShort() & 0xFFFF);
            if (tag == ITEM_END) {
                buffer.getInt();
                return;
            }
            String vr = new String(new byte[] {buffer.get(), buffer.get()}, StandardCharsets.US_ASCII);
            int length;
            if (LONG_LENGTH_VRS.contains(vr)) {
                buffer.getShort();
                length = buffer.getInt();
            } else {
                length = buffer.getShort() & 0xFFFF;
            }
            String path = prefix + String.format("%08x", tag);
            if (vr.equals("SQ")) {
                readSequence(path, length, characterSet);
                continue;
            }
            byte[] value = new byte[length];
            buffer.get(value);
            if (tag == 0x00080005) {
                characterSet = SpecificCharacterSet.fromValue(new String(value, StandardCharsets.US_ASCII).strip());
            }
            if ((tag >>> 16) != 0x0002) {
                elements.put(path, new TextElement(vr, value, characterSet));
            }
        }
    }

    private void readSequence(String path, int length, SpecificCharacterSet characterSet) {
        int end = length == -1 ? Integer.MAX_VALUE : buffer.position() + length;
        for (int index = 0; buffer.position() < end; index++) {
            int tag = (buffer.getShort() & 0xFFFF) << 16 | (buffer.getShort() & 0xFFFF);
            int itemLength = buffer.getInt();
            if (tag == SEQUENCE_END) {
                return;
            }
            if (tag != ITEM) {
                throw new IllegalStateException("expected an item at " + (buffer.position() - 8));
            }
            int itemEnd = itemLength == -1 ? Integer.MAX_VALUE : buffer.position() + itemLength;
            readDataset(path + "[" + index + "].", itemEnd, characterSet);
        }
    }
}
