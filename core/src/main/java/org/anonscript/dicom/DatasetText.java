package org.anonscript.dicom;

import org.anonscript.dicom.json.DicomJson;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A human-readable listing of a dataset, one line per element:
 * {@code <path> <VR> <keyword> <value>}, e.g. {@code (0008,1115)[0]/(0020,000E) UI SeriesInstanceUID [1.2.3]}.
 * Paths use DicomEdit's tag path syntax so they can be pasted into scripts. Long and binary values
 * are shortened and followed by their length.
 */
public final class DatasetText {
    /** Text longer than this many characters is cut. */
    static final int MAX_TEXT = 64;
    /** At most this many numbers or bytes are shown. */
    static final int MAX_ITEMS = 16;

    private final Dictionary dictionary;

    public DatasetText(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The listing of a dataset, file meta information excluded (list it separately if wanted). */
    public List<String> lines(Dataset dataset) {
        List<String> lines = new ArrayList<>();
        append(lines, "", dataset, SpecificCharacterSet.DEFAULT);
        return lines;
    }

    private void append(List<String> lines, String prefix, Dataset dataset, SpecificCharacterSet inherited) {
        SpecificCharacterSet characterSet = DicomJson.characterSetOf(dataset, inherited);
        for (DicomElement element : dataset) {
            String path = prefix + tagText(element.tag());
            String head = path + " " + element.vr().name() + " " + keyword(element.tag(), dataset);
            if (element instanceof DicomElement.Sequence sequence) {
                int n = sequence.items().size();
                lines.add(head + " (" + n + (n == 1 ? " item)" : " items)"));
                for (int i = 0; i < n; i++) {
                    append(lines, path + "[" + i + "]/", sequence.items().get(i).dataset(), characterSet);
                }
            } else if (element instanceof DicomElement.Fragments fragments) {
                long total = fragments.fragments().stream().mapToLong(Bytes::length).sum();
                int n = fragments.fragments().size();
                lines.add(head + " encapsulated, " + n + (n == 1 ? " fragment" : " fragments")
                        + " (" + total + " bytes)");
            } else if (element instanceof DicomElement.Value value) {
                lines.add(head + " " + valueText(value, characterSet));
            }
        }
    }

    /** {@code (gggg,eeee)} in upper case, as DicomEdit scripts write tags. */
    public static String tagText(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }

    /** The dictionary keyword; for private elements the creator in braces; {@code ?} when unknown. */
    private String keyword(int tag, Dataset dataset) {
        if (Tag.isPrivate(tag)) {
            int element = tag & 0xFFFF;
            if (element == 0) {
                return "PrivateGroupLength";
            }
            if (element >= 0x10 && element <= 0xFF) {
                return "PrivateCreator";
            }
            int creatorTag = (tag & 0xFFFF0000) | (element >>> 8);
            return dataset.get(creatorTag)
                    .filter(e -> e instanceof DicomElement.Value)
                    .map(e -> "{" + new String(((DicomElement.Value) e).toArray(), StandardCharsets.ISO_8859_1).strip() + "}")
                    .orElse("?");
        }
        return dictionary.keyword(tag).orElse("?");
    }

    static String valueText(DicomElement.Value element, SpecificCharacterSet characterSet) {
        VR vr = element.vr();
        long length = element.length();
        if (length == 0) {
            return "(empty)";
        }
        if (vr.kind() == VR.Kind.TEXT) {
            byte[] bytes = element.toArray();
            String text = vr.usesCharacterSet()
                    ? characterSet.decode(bytes, TextKind.forVr(vr.name()))
                    : new String(bytes, StandardCharsets.ISO_8859_1);
            text = stripPadding(text);
            if (text.codePointCount(0, text.length()) > MAX_TEXT) {
                int cut = text.offsetByCodePoints(0, MAX_TEXT);
                return "[" + text.substring(0, cut) + "…] (" + length + " bytes)";
            }
            return "[" + text + "]";
        }
        if (vr == VR.AT || vr.isBinaryNumber()) {
            return numbers(element, vr);
        }
        return bytesText(element);
    }

    private static String stripPadding(String text) {
        String[] values = text.split("\\\\", -1);
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i].replaceAll("[ \\x00]+$", "");
        }
        return String.join("\\", values);
    }

    private static String numbers(DicomElement.Value element, VR vr) {
        int width = vr == VR.AT ? 4 : vr.numberWidth();
        long count = element.length() / width;
        byte[] bytes = element.length() > (long) MAX_ITEMS * width
                ? firstBytes(element, MAX_ITEMS * width) : element.toArray();
        List<String> shown = new ArrayList<>();
        if (vr == VR.AT) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.remaining() >= 4) {
                shown.add(tagText((buffer.getShort() & 0xFFFF) << 16 | (buffer.getShort() & 0xFFFF)));
            }
        } else {
            DicomJson.binaryNumbers(bytes, vr).forEach(n -> shown.add(n.getAsString()));
        }
        String joined = String.join("\\", shown);
        return count > MAX_ITEMS ? joined + "… (" + count + " values, " + element.length() + " bytes)" : joined;
    }

    private static String bytesText(DicomElement.Value element) {
        byte[] bytes = firstBytes(element, MAX_ITEMS);
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(hex.isEmpty() ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        return hex + (element.length() > MAX_ITEMS ? " …" : "") + " (" + element.length() + " bytes)";
    }

    /** The first bytes of a value, without loading a bulk value whole. */
    private static byte[] firstBytes(DicomElement.Value element, int n) {
        if (element.bytes() instanceof Bytes.FileRegion region && region.length() > n) {
            return new Bytes.FileRegion(region.file(), region.offset(), n, region.bigEndian())
                    .toArray(element.vr().numberWidth());
        }
        if (element.bytes() instanceof Bytes.Slice slice) {
            return slice.head(n).toArray(element.vr().numberWidth());
        }
        byte[] all = element.toArray();
        return all.length > n ? java.util.Arrays.copyOf(all, n) : all;
    }
}
