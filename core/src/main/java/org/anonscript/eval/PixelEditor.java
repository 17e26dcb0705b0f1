package org.anonscript.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;

/**
 * {@code alterPixels["rectangle", "l=, t=, r=, b=", "solid", "v="]} (spec §8.3) for native (uncompressed)
 * pixel data: every sample of every pixel with {@code l <= x < r} and {@code t <= y < b} in every frame
 * is set to {@code v}; the rectangle is clipped to the image. Encapsulated (compressed) pixel data is a
 * runtime error: anonscript does not decompress.
 */
final class PixelEditor {

    private PixelEditor() {
    }

    static Dataset alter(Dataset ds, String shape, String shapeParams, String fill, String fillParams) {
        if (!"rectangle".equalsIgnoreCase(String.valueOf(shape))) {
            throw new EvaluationException("alterPixels: unknown shape \"" + shape + "\" (only \"rectangle\")");
        }
        if (!"solid".equalsIgnoreCase(String.valueOf(fill))) {
            throw new EvaluationException("alterPixels: unknown fill \"" + fill + "\" (only \"solid\")");
        }
        Map<String, Long> box = params(shapeParams, "l", "t", "r", "b");
        long value = params(fillParams, "v").get("v");
        DicomElement pixels = ds.get(Tag.PIXEL_DATA).orElseThrow(() ->
                new EvaluationException("alterPixels: the object has no Pixel Data (7FE0,0010)"));
        if (pixels instanceof DicomElement.Fragments) {
            throw new EvaluationException("alterPixels: the pixel data is compressed (encapsulated); "
                    + "anonscript edits only uncompressed pixel data — decompress first (e.g. dcmdjpeg) or let XNAT do it");
        }
        if (!(pixels instanceof DicomElement.Value data)) {
            throw new EvaluationException("alterPixels: unexpected Pixel Data element");
        }
        TextCodec codec = TextCodec.forDataset(ds);
        int rows = intOf(ds, 0x00280010, codec, -1);
        int columns = intOf(ds, 0x00280011, codec, -1);
        int bitsAllocated = intOf(ds, 0x00280100, codec, -1);
        int samples = intOf(ds, 0x00280002, codec, 1);
        int planar = intOf(ds, 0x00280006, codec, 0);
        int frames = intOf(ds, 0x00280008, codec, 1);
        if (rows <= 0 || columns <= 0 || (bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32)) {
            throw new EvaluationException("alterPixels: Rows, Columns and Bits Allocated (8, 16 or 32) are needed");
        }
        byte[] bytes = data.toArray();
        int bytesPerSample = bitsAllocated / 8;
        long frameSize = (long) rows * columns * samples * bytesPerSample;
        if (frameSize * frames > bytes.length) {
            throw new EvaluationException("alterPixels: Pixel Data holds " + bytes.length + " bytes, fewer than the "
                    + frames + " frame(s) of " + rows + "x" + columns + " need");
        }
        int left = (int) Math.max(0, box.get("l"));
        int top = (int) Math.max(0, box.get("t"));
        int right = (int) Math.min(columns, box.get("r"));
        int bottom = (int) Math.min(rows, box.get("b"));
        for (int f = 0; f < frames; f++) {
            for (int y = top; y < bottom; y++) {
                for (int x = left; x < right; x++) {
                    for (int s = 0; s < samples; s++) {
                        long index = planar == 1 && samples > 1
                                ? (long) s * rows * columns + (long) y * columns + x
                                : ((long) y * columns + x) * samples + s;
                        int at = (int) (f * frameSize + index * bytesPerSample);
                        for (int k = 0; k < bytesPerSample; k++) {
                            bytes[at + k] = (byte) (value >>> (8 * k)); // little endian
                        }
                    }
                }
            }
        }
        return ds.with(DicomElement.Value.of(Tag.PIXEL_DATA, data.vr(), bytes));
    }

    private static int intOf(Dataset ds, int tag, TextCodec codec, int fallback) {
        return ds.get(tag).map(e -> ValueText.read(e, codec).split("\\\\")[0].strip())
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    try {
                        return Integer.parseInt(s);
                    } catch (NumberFormatException e) {
                        throw new EvaluationException("alterPixels: " + Tag.toString(tag) + " is not a number: " + s);
                    }
                }).orElse(fallback);
    }

    /** {@code "l=0, t=0, r=10, b=20"} → the named integers; every name is required. */
    private static Map<String, Long> params(String text, String... names) {
        Map<String, Long> out = new HashMap<>();
        for (String part : String.valueOf(text).split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2) {
                try {
                    out.put(kv[0].strip().toLowerCase(Locale.ROOT), Long.parseLong(kv[1].strip()));
                } catch (NumberFormatException e) {
                    throw new EvaluationException("alterPixels: \"" + part.strip() + "\" is not name=integer");
                }
            }
        }
        for (String name : names) {
            if (!out.containsKey(name)) {
                throw new EvaluationException("alterPixels: parameter " + name + "= is missing in \"" + text + "\"");
            }
        }
        return out;
    }
}
