package org.anonscript.dicom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values as a DicomEdit script sees them: reading per spec §7.1 and writing per spec §11.3–§11.4.
 */
public final class ValueText {

    private ValueText() {
    }

    /**
     * The text of an element (spec §7.1): values joined with {@code \}, each without its padding;
     * OB/OW/UN/UC (and the other O* VRs) as the UTF-8 text of their bytes with one trailing NUL dropped;
     * binary numbers as decimal text; AT as {@code GGGGEEEE}. Sequences and encapsulated pixel data read
     * as the empty string.
     */
    public static String read(DicomElement element, TextCodec codec) {
        if (!(element instanceof DicomElement.Value value)) {
            return "";
        }
        byte[] b = value.sharedArray();
        VR vr = value.vr();
        return switch (vr) {
            case OB, OW, UN, UC, OF, OD, OL, OV -> {
                int len = b.length > 0 && b[b.length - 1] == 0 ? b.length - 1 : b.length;
                yield new String(b, 0, len, StandardCharsets.UTF_8);
            }
            case US, SS, UL, SL, FL, FD, SV, UV, AT -> String.join("\\", numbers(b, vr));
            default -> trimValues(codec.decode(b, vr), vr);
        };
    }

    /**
     * The element that writing {@code text} to {@code tag} of {@code dataset} stores (spec §11.4): the VR
     * the element already has, else the dictionary's, else UN. Throws {@link DicomValueException} when
     * a number cannot be parsed or a character cannot be encoded.
     */
    public static DicomElement write(Dataset dataset, int tag, String text, TextCodec codec) {
        VR vr = dataset.get(tag).map(DicomElement::vr).orElseGet(() -> ValueText.dictionaryVr(tag).orElse(VR.UN));
        return encode(tag, vr, text, codec);
    }

    /** The VR a new element of {@code tag} gets: private creators LO, group lengths UL, else the dictionary's. */
    public static Optional<VR> dictionaryVr(int tag) {
        if (Tag.isPrivateCreator(tag)) {
            return Optional.of(VR.LO);
        }
        if (Tag.isGroupLength(tag)) {
            return Optional.of(VR.UL);
        }
        if (Tag.isPrivate(tag)) {
            return Optional.empty();
        }
        return Dictionary.standard().byTag(tag).flatMap(e -> VR.fromDictionary(e.vr()));
    }

    /** {@code text} encoded as a value of {@code vr}, padded to even length. */
    public static DicomElement encode(int tag, VR vr, String text, TextCodec codec) {
        byte[] bytes = switch (vr) {
            case SQ -> null;
            case US, SS, UL, SL, FL, FD, SV, UV, AT -> parseNumbers(tag, vr, text);
            case OB, OW, UN, UC, OF, OD, OL, OV -> text.getBytes(StandardCharsets.UTF_8);
            default -> codec.encode(text, vr);
        };
        if (bytes == null) {
            return new DicomElement.Sequence(tag, VR.SQ, List.of(), true);
        }
        return new DicomElement.Value(tag, vr, new Bytes.Inline(padded(bytes, vr)));
    }

    static byte[] padded(byte[] bytes, VR vr) {
        if (bytes.length % 2 == 0) {
            return bytes;
        }
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        out[bytes.length] = vr.paddingByte();
        return out;
    }

    private static String trimValues(String decoded, VR vr) {
        boolean single = vr == VR.LT || vr == VR.ST || vr == VR.UT || vr == VR.UR;
        if (single) {
            return stripTrailing(decoded);
        }
        String[] parts = decoded.split("\\\\", -1);
        for (int i = 0; i < parts.length; i++) {
            // PS3.5 §6.2: leading/trailing spaces are insignificant here; UI pads with NUL
            parts[i] = stripTrailing(parts[i]).stripLeading();
        }
        return String.join("\\", parts);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The numbers of a binary value as decimal (AT: {@code GGGGEEEE}) texts. */
    public static List<String> numbers(byte[] littleEndian, VR vr) {
        ByteBuffer buf = ByteBuffer.wrap(littleEndian).order(ByteOrder.LITTLE_ENDIAN);
        int width = vr == VR.AT ? 4 : vr.numberWidth();
        List<String> out = new ArrayList<>();
        while (buf.remaining() >= width) {
            out.add(switch (vr) {
                case US -> Integer.toString(Short.toUnsignedInt(buf.getShort()));
                case SS -> Short.toString(buf.getShort());
                case UL -> Integer.toUnsignedString(buf.getInt());
                case SL -> Integer.toString(buf.getInt());
                case SV -> Long.toString(buf.getLong());
                case UV -> Long.toUnsignedString(buf.getLong());
                case FL -> decimal(Float.toString(buf.getFloat()));
                case FD -> decimal(Double.toString(buf.getDouble()));
                case AT -> String.format(Locale.ROOT, "%04X%04X", Short.toUnsignedInt(buf.getShort()),
                        Short.toUnsignedInt(buf.getShort()));
                default -> throw new IllegalArgumentException(vr + " is not numeric");
            });
        }
        return out;
    }

    /** {@code 2.0} → {@code 2}: integral floats read like the integers a user wrote. */
    private static String decimal(String javaText) {
        return javaText.endsWith(".0") ? javaText.substring(0, javaText.length() - 2) : javaText;
    }

    private static byte[] parseNumbers(int tag, VR vr, String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        String[] parts = text.split("\\\\", -1);
        int width = vr == VR.AT ? 4 : vr.numberWidth();
        ByteBuffer buf = ByteBuffer.allocate(parts.length * width).order(ByteOrder.LITTLE_ENDIAN);
        for (String raw : parts) {
            String p = raw.strip();
            try {
                switch (vr) {
                    case US -> buf.putShort((short) ranged(p, 0, 0xFFFF));
                    case SS -> buf.putShort((short) ranged(p, Short.MIN_VALUE, Short.MAX_VALUE));
                    case UL -> buf.putInt((int) ranged(p, 0, 0xFFFFFFFFL));
                    case SL -> buf.putInt((int) ranged(p, Integer.MIN_VALUE, Integer.MAX_VALUE));
                    case SV -> buf.putLong(Long.parseLong(p));
                    case UV -> buf.putLong(unsignedLong(p));
                    case FL -> buf.putFloat(Float.parseFloat(p));
                    case FD -> buf.putDouble(Double.parseDouble(p));
                    case AT -> {
                        int t = Tag.parse(p);
                        buf.putShort((short) Tag.group(t)).putShort((short) Tag.element(t));
                    }
                    default -> throw new IllegalArgumentException(vr.name());
                }
            } catch (IllegalArgumentException e) {
                throw new DicomValueException("cannot store \"" + p + "\" in " + Tag.toString(tag) + " " + vr + ": "
                        + (vr == VR.AT ? "expected a tag like 00100010" : "expected "
                        + (vr == VR.FL || vr == VR.FD ? "a decimal number" : "an integer in " + range(vr))));
            }
        }
        return buf.array();
    }

    private static long ranged(String p, long min, long max) {
        long v = Long.parseLong(p);
        if (v < min || v > max) {
            throw new NumberFormatException("out of range");
        }
        return v;
    }

    private static long unsignedLong(String p) {
        if (p.startsWith("-") || p.startsWith("+")) {
            throw new NumberFormatException("sign");
        }
        BigInteger v = new BigInteger(p);
        if (v.bitLength() > 64) {
            throw new NumberFormatException("out of range");
        }
        return v.longValue();
    }

    private static String range(VR vr) {
        return switch (vr) {
            case US -> "0..65535";
            case SS -> "-32768..32767";
            case UL -> "0..4294967295";
            case SL -> "-2147483648..2147483647";
            case SV -> "-9223372036854775808..9223372036854775807";
            default -> "0..18446744073709551615";
        };
    }
}
