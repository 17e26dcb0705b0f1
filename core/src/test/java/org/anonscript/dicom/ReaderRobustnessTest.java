package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed input never crashes the reader: seeded random damage (truncation, flipped bytes, huge lengths)
 * to real files gives either a dataset or a {@link DicomFormatException}, nothing else.
 */
class ReaderRobustnessTest {

    private static final String[] FILES = {"CT_small.dcm", "rtplan.dcm", "test-SR.dcm", "MR_small_expb.dcm",
        "image_dfl.dcm", "UN_sequence.dcm", "JPEG2000.dcm", "nested_priv_SQ.dcm", "ExplVR_BigEndNoMeta.dcm"};

    @Test
    void damagedFilesGiveFormatErrorsOrDatasets() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        byte[][] originals = new byte[FILES.length][];
        for (int i = 0; i < FILES.length; i++) {
            originals[i] = Files.readAllBytes(Oracles.testFile(FILES[i]));
        }
        for (int round = 0; round < 500; round++) {
            int which = random.nextInt(FILES.length);
            String name = FILES[which];
            byte[] data = originals[which].clone();
            String damage;
            switch (random.nextInt(3)) {
                case 0 -> {
                    int length = random.nextInt(data.length);
                    data = java.util.Arrays.copyOf(data, length);
                    damage = "truncated to " + length;
                }
                case 1 -> {
                    StringBuilder sb = new StringBuilder("bytes changed at");
                    for (int k = 0; k < 1 + random.nextInt(4); k++) {
                        int at = random.nextInt(data.length);
                        data[at] = (byte) random.nextInt(256);
                        sb.append(' ').append(at);
                    }
                    damage = sb.toString();
                }
                default -> {
                    int at = random.nextInt(Math.max(1, data.length - 4));
                    data[at] = (byte) 0xFF;
                    data[at + 1] = (byte) 0xFF;
                    data[at + 2] = (byte) 0xFF;
                    data[at + 3] = (byte) 0x7F;
                    damage = "huge length at " + at;
                }
            }
            try {
                DicomFile read = new DicomReader().read(data, name);
                if (!read.transferSyntax().deflated()) {
                    new DicomWriter().toBytes(read, read.transferSyntax());
                }
            } catch (DicomFormatException expected) {
                // the wanted outcome for broken input
            } catch (DicomValueException notWritable) {
                // read fine, but e.g. a value grew too long for its VR's length field: refused, not crashed
            } catch (Throwable t) {
                fail("seed " + seed + ", round " + round + ": " + name + " " + damage + " crashed the reader: " + t, t);
            }
        }
    }
}
