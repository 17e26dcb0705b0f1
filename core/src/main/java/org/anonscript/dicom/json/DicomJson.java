package org.anonscript.dicom.json;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.SpecificCharacterSet;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextKind;
import org.anonscript.dicom.VR;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a dataset as the DICOM JSON Model (PS3.18 Annex F) the way dcmtk's {@code dcm2json} writes
 * it: tags as upper-case {@code ggggeeee}, group length elements left out, empty elements as
 * {@code {"vr": …}} alone, empty values among several as {@code null}, IS/DS and binary numbers as
 * JSON numbers, PN as {@code {"Alphabetic", "Ideographic", "Phonetic"}} objects, AT as hex strings,
 * every other binary value as {@code InlineBinary} (base64 of the little endian bytes). Text is
 * decoded with each dataset's Specific Character Set; items inherit their parent's unless they
 * carry their own (0008,0005).
 *
 * <p>Deliberate deviation: dcm2json refuses encapsulated (compressed) pixel data; here it becomes
 * {@code InlineBinary} of its encapsulated value field (items and sequence delimiter included), as
 * PS3.18 §F.2.7 allows for a value in the transfer syntax of the file.
 */
public final class DicomJson {
    private static final int PIXEL_REPRESENTATION = 0x00280103;

    /** True when the VRs were looked up in the dictionary (implicit VR), so "US or SS" must be resolved. */
    private final boolean dictionaryVrs;

    private DicomJson(boolean dictionaryVrs) {
        this.dictionaryVrs = dictionaryVrs;
    }

    /**
     * The file's dataset as a JSON object; the file meta information is left out, as dcm2json does.
     * In an implicit VR file the VRs come from the dictionary, and "US or SS" elements are read as SS
     * when Pixel Representation (0028,0103) is 1 (PS3.5 §A.1 note), as dcmtk does.
     */
    public static JsonObject toJson(DicomFile file) {
        return new DicomJson(!file.transferSyntax().explicitVr()).datasetJson(file.dataset(), SpecificCharacterSet.DEFAULT, 0, 0);
    }

    /** A dataset whose VRs are as given (no implicit-VR resolution). */
    public static JsonObject toJson(Dataset dataset) {
        return new DicomJson(false).datasetJson(dataset, SpecificCharacterSet.DEFAULT, 0, 0);
    }

    /** The file's dataset as pretty-printed JSON text (two-space indent, non-ASCII characters as is). */
    public static String render(DicomFile file) {
        return pretty(toJson(file));
    }

    /** JSON text as dcm2json lays it out: two-space indent, non-ASCII characters as is. */
    public static String pretty(JsonElement json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json);
    }

    /** The character set an item or dataset declares in (0008,0005), else the inherited one. */
    public static SpecificCharacterSet characterSetOf(Dataset dataset, SpecificCharacterSet inherited) {
        return dataset.get(Tag.SPECIFIC_CHARACTER_SET)
                .filter(e -> e instanceof DicomElement.Value)
                .map(e -> SpecificCharacterSet.fromValue(
                        new String(((DicomElement.Value) e).toArray(), StandardCharsets.ISO_8859_1).strip()))
                .orElse(inherited);
    }

    private JsonObject datasetJson(Dataset dataset, SpecificCharacterSet inherited, int inheritedPixelRepresentation,
                                   int depth) {
        SpecificCharacterSet characterSet = characterSetOf(dataset, inherited);
        int pixelRepresentation = dataset.get(PIXEL_REPRESENTATION)
                .filter(e -> e instanceof DicomElement.Value v && v.length() == 2)
                .map(e -> (((DicomElement.Value) e).toArray()[0] & 0xFF) | (((DicomElement.Value) e).toArray()[1] & 0xFF) << 8)
                .orElse(inheritedPixelRepresentation);
        JsonObject json = new JsonObject();
        for (DicomElement element : dataset) {
            if (Tag.isGroupLength(element.tag())) {
                continue; // dcm2json leaves group lengths out: they describe an encoding, not the data
            }
            JsonObject elementJson;
            if (depth == 0 && element.tag() == Tag.SPECIFIC_CHARACTER_SET && element instanceof DicomElement.Value value) {
                elementJson = characterSetJson(value);
            } else {
                elementJson = elementJson(resolveUsOrSs(element, pixelRepresentation), characterSet, pixelRepresentation, depth);
            }
            json.add(String.format("%08X", element.tag()), elementJson);
        }
        return json;
    }

    /**
     * JSON text is Unicode, so dcm2json converts the dataset to UTF-8 and says so in the top-level
     * (0008,0005): any value but ISO_IR 6 (plain ASCII, already valid UTF-8) becomes ISO_IR 192; items
     * keep theirs. We decode instead of converting, and show the character set the same way.
     */
    private static JsonObject characterSetJson(DicomElement.Value value) {
        JsonObject json = new JsonObject();
        json.addProperty("vr", value.vr().name());
        String declared = new String(value.toArray(), StandardCharsets.ISO_8859_1).strip();
        JsonArray values = new JsonArray();
        values.add(declared.equals("ISO_IR 6") ? declared : "ISO_IR 192");
        json.add("Value", values);
        return json;
    }

    /** In an implicit VR dataset a "US or SS" element is SS when Pixel Representation is 1 (signed). */
    private DicomElement resolveUsOrSs(DicomElement element, int pixelRepresentation) {
        if (!dictionaryVrs || pixelRepresentation != 1 || element.vr() != VR.US
                || !(element instanceof DicomElement.Value value)) {
            return element;
        }
        boolean usOrSs = Dictionary.standard().byTag(element.tag())
                .map(entry -> entry.vr().equals("US or SS")).orElse(false);
        return usOrSs ? new DicomElement.Value(value.tag(), VR.SS, value.bytes()) : element;
    }

    private JsonObject elementJson(DicomElement element, SpecificCharacterSet characterSet, int pixelRepresentation,
                                   int depth) {
        JsonObject json = new JsonObject();
        if (element instanceof DicomElement.Sequence sequence) {
            json.addProperty("vr", "SQ");
            if (!sequence.items().isEmpty()) {
                JsonArray items = new JsonArray();
                for (DicomElement.Item item : sequence.items()) {
                    items.add(datasetJson(item.dataset(), characterSet, pixelRepresentation, depth + 1));
                }
                json.add("Value", items);
            }
        } else if (element instanceof DicomElement.Fragments fragments) {
            json.addProperty("vr", fragments.vr().name());
            json.addProperty("InlineBinary", Base64.getEncoder().encodeToString(encapsulated(fragments)));
        } else if (element instanceof DicomElement.Value value) {
            json.addProperty("vr", value.vr().name());
            addValue(json, value, characterSet);
        }
        return json;
    }

    private static void addValue(JsonObject json, DicomElement.Value element, SpecificCharacterSet characterSet) {
        VR vr = element.vr();
        byte[] bytes = element.toArray();
        if (vr == VR.AT) {
            addValues(json, attributeTags(bytes));
        } else if (vr.isBinaryNumber()) {
            addValues(json, binaryNumbers(bytes, vr));
        } else if (vr.kind() == VR.Kind.BINARY) {
            if (bytes.length > 0) {
                // DICOM values have even length; like dcmtk, pad an odd one (read leniently) with a zero byte
                byte[] even = bytes.length % 2 == 0 ? bytes : java.util.Arrays.copyOf(bytes, bytes.length + 1);
                json.addProperty("InlineBinary", Base64.getEncoder().encodeToString(even));
            }
        } else {
            addValues(json, textValues(bytes, vr, characterSet));
        }
    }

    private static void addValues(JsonObject json, List<JsonElement> values) {
        if (values.isEmpty()) {
            return;
        }
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        json.add("Value", array);
    }

    // ---------------------------------------------------------------- text

    /** The JSON values of a text element; empty when the element has no value (or only padding). */
    static List<JsonElement> textValues(byte[] bytes, VR vr, SpecificCharacterSet characterSet) {
        String text = vr.usesCharacterSet()
                ? characterSet.decode(bytes, TextKind.forVr(vr.name()))
                : new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> values = isSingleValued(vr) ? List.of(text) : List.of(text.split("\\\\", -1));
        List<JsonElement> json = new ArrayList<>();
        boolean allNull = true;
        for (String value : values) {
            String v = normalize(value, vr);
            JsonElement element = v.isEmpty() ? JsonNull.INSTANCE : textValue(v, vr);
            json.add(element);
            allNull &= element.isJsonNull();
        }
        // An element with nothing but padding (or, for PN, delimiters) has no value at all.
        if (allNull && (json.size() == 1 || vr == VR.PN)) {
            return List.of();
        }
        return json;
    }

    private static boolean isSingleValued(VR vr) {
        return vr == VR.ST || vr == VR.LT || vr == VR.UT || vr == VR.UR;
    }

    /** Removes padding the way dcmtk does: leading spaces are insignificant except in ST, LT, UT and UC. */
    private static String normalize(String value, VR vr) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        if (!(vr == VR.ST || vr == VR.LT || vr == VR.UT || vr == VR.UC)) {
            while (start < end && value.charAt(start) == ' ') {
                start++;
            }
        }
        return value.substring(start, end);
    }

    private static JsonElement textValue(String value, VR vr) {
        return switch (vr) {
            case PN -> personName(value);
            case IS, DS -> number(value);
            default -> new JsonPrimitive(value);
        };
    }

    private static final String[] NAME_GROUPS = {"Alphabetic", "Ideographic", "Phonetic"};

    /** Component groups without their trailing empty components; empty groups are left out (as dcm2json does). */
    private static JsonElement personName(String value) {
        String[] groups = value.split("=", -1);
        JsonObject name = new JsonObject();
        for (int i = 0; i < groups.length && i < NAME_GROUPS.length; i++) {
            String group = groups[i].replaceFirst("[\\^ ]+$", "");
            if (!group.isEmpty()) {
                name.addProperty(NAME_GROUPS[i], group);
            }
        }
        return name.isEmpty() ? JsonNull.INSTANCE : name;
    }

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /**
     * An IS/DS value as a JSON number spelled as in the file where JSON allows it ({@code +1}, {@code .5},
     * {@code 007} and {@code 5.} are respelled); a value that is no number stays a string.
     */
    static JsonElement number(String value) {
        String s = value.strip();
        String sign = "";
        if (s.startsWith("+") || s.startsWith("-")) {
            sign = s.startsWith("-") ? "-" : "";
            s = s.substring(1);
        }
        if (s.startsWith(".")) {
            s = "0" + s;
        }
        s = s.replaceFirst("^0+(?=[0-9])", "");
        s = s.replaceFirst("\\.(?=[eE]|$)", ".0");
        s = s.replaceFirst("([eE])\\+", "$1"); // dcm2json spells 1.5e+01 as 1.5e01
        String spelled = sign + s;
        return JSON_NUMBER.matcher(spelled).matches()
                ? new JsonPrimitive(new LazilyParsedNumber(spelled)) : new JsonPrimitive(value);
    }

    // ---------------------------------------------------------------- binary

    private static List<JsonElement> attributeTags(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<JsonElement> tags = new ArrayList<>();
        while (buffer.remaining() >= 4) {
            int group = buffer.getShort() & 0xFFFF;
            int element = buffer.getShort() & 0xFFFF;
            tags.add(new JsonPrimitive(String.format("%04X%04X", group, element)));
        }
        return tags;
    }

    /** US, SS, UL, SL, FL, FD, SV, UV values from little endian bytes. */
    public static List<JsonElement> binaryNumbers(byte[] bytes, VR vr) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<JsonElement> numbers = new ArrayList<>();
        int width = vr.numberWidth();
        while (buffer.remaining() >= width) {
            Number n = switch (vr) {
                case US -> buffer.getShort() & 0xFFFF;
                case SS -> buffer.getShort();
                case UL -> buffer.getInt() & 0xFFFFFFFFL;
                case SL -> buffer.getInt();
                case FL -> buffer.getFloat();
                case FD -> buffer.getDouble();
                case SV -> buffer.getLong();
                case UV -> new java.math.BigInteger(Long.toUnsignedString(buffer.getLong()));
                default -> throw new IllegalArgumentException(vr + " is not a binary number VR");
            };
            numbers.add(finite(n));
        }
        return numbers;
    }

    /**
     * JSON has no NaN or infinity; dcm2json writes them as strings, and so do we. Whole floating-point
     * values are written without a fraction ({@code 0}, not {@code 0.0}), as dcm2json does.
     */
    private static JsonElement finite(Number n) {
        if (n instanceof Float || n instanceof Double) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return new JsonPrimitive(n.toString());
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
                return new JsonPrimitive((long) d);
            }
        }
        return new JsonPrimitive(n);
    }

    /** The encapsulated value field: each fragment as an item, then the sequence delimiter (PS3.5 A.4). */
    private static byte[] encapsulated(DicomElement.Fragments fragments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var fragment : fragments.fragments()) {
            byte[] data = fragment.toArray(1);
            out.writeBytes(itemHeader(Tag.ITEM, data.length));
            out.writeBytes(data);
        }
        out.writeBytes(itemHeader(Tag.SEQUENCE_DELIMITATION, 0));
        return out.toByteArray();
    }

    private static byte[] itemHeader(int tag, int length) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) (tag >>> 16)).putShort((short) tag).putInt(length).array();
    }
}
