package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UidsTest {

    @ParameterizedTest(name = "hashUID[\"{0}\"] = {1}")
    @CsvSource({
        // XNAT DicomEdit's test vectors (spec §12.1)
        "1.2.3.4.5, 2.25.281097975800109040096884226991818420711",
        "1.2.3.4.5.6, 2.25.262228503153619312954819897114011402300",
        "99.99999.99999999999.999999999999999.999999999, 2.25.25035822876724830630813723844719420300",
        "1.2.3, 2.25.148370922854076938159295778886134140470",
        "ABC, 2.25.79762720247089585894582609238653807770",
    })
    void hashUidIsBitExactWithDicomEdit(String input, String expected) {
        assertThat(Uids.hashUid(input)).isEqualTo(expected);
    }

    @Test
    void unsignedDecimalEqualsBigIntegerOnEdgesAndRandomValues() {
        java.util.List<byte[]> values = new java.util.ArrayList<>();
        values.add(new byte[16]);
        byte[] ones = new byte[16];
        java.util.Arrays.fill(ones, (byte) 0xFF);
        values.add(ones);
        // powers of ten around the 9-digit chunk boundaries, and one less (zero padding inside a chunk)
        for (BigInteger p = BigInteger.ONE; p.bitLength() <= 128; p = p.multiply(BigInteger.TEN)) {
            values.add(sixteenBytes(p));
            if (p.signum() > 0) {
                values.add(sixteenBytes(p.subtract(BigInteger.ONE)));
            }
        }
        Random random = new Random(Long.getLong("fuzz.seed", 20261129L));
        for (int i = 0; i < 2_000; i++) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            // also short numbers: leading zero bytes
            java.util.Arrays.fill(b, 0, random.nextInt(17), (byte) 0);
            values.add(b);
        }
        for (byte[] b : values) {
            assertThat(Uids.unsignedDecimal(b)).as(java.util.HexFormat.of().formatHex(b))
                    .isEqualTo(new BigInteger(1, b).toString());
        }
    }

    private static byte[] sixteenBytes(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[16];
        int n = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - n, out, 16 - n, n);
        return out;
    }

    @Test
    void hashUidGivesValidVersion5UuidUids() {
        for (String input : new String[] {"", "x", "Ünïcödé 患者", "1.2.840.10008.1.2.1"}) {
            String uid = Uids.hashUid(input);
            assertThat(Uids.isValid(uid)).as(uid).isTrue();
            assertThat(uuidBytes(uid)[6] & 0xF0).as(uid).isEqualTo(0x50);
            assertThat(uuidBytes(uid)[8] & 0xC0).as(uid).isEqualTo(0x80);
        }
    }

    @Test
    void newUidIsAVersion4UuidUnder225() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String uid = Uids.newUid(random);
            assertThat(uid).as("seed %d", seed).startsWith("2.25.");
            assertThat(Uids.isValid(uid)).as("seed %d: %s", seed, uid).isTrue();
            assertThat(uuidBytes(uid)[6] & 0xF0).as("seed %d: %s", seed, uid).isEqualTo(0x40);
            assertThat(uuidBytes(uid)[8] & 0xC0).as("seed %d: %s", seed, uid).isEqualTo(0x80);
            assertThat(seen.add(uid)).as("seed %d: repeated %s", seed, uid).isTrue();
        }
    }

    @Test
    void newUidIsReproducibleWithASeed() {
        assertThat(Uids.newUid(new Random(42))).isEqualTo(Uids.newUid(new Random(42)));
        assertThat(Uids.newUid(new Random(42))).isNotEqualTo(Uids.newUid(new Random(43)));
        assertThat(Uids.newUid()).isNotEqualTo(Uids.newUid());
    }

    @ParameterizedTest(name = "isValid(\"{0}\") = {1}")
    @CsvSource({
        "1.2.840.10008.1.2.1, true",
        "0, true",
        "2.25.0.10, true",
        "1.2.3.0, true",
        "'', false",
        "1..2, false",
        ".1.2, false",
        "1.2., false",
        "1.02, false",
        "1.2a, false",
        "'1.2 ', false",
        "1.2.3456789012345678901234567890123456789012345678901234567890123, false",
        "1.2.345678901234567890123456789012345678901234567890123456789012, true",
    })
    void uidSyntaxFollowsPs35(String uid, boolean valid) {
        assertThat(Uids.isValid(uid)).isEqualTo(valid);
    }

    /** The 16 UUID bytes encoded by a 2.25 UID. */
    private static byte[] uuidBytes(String uid) {
        byte[] raw = new BigInteger(uid.substring("2.25.".length())).toByteArray();
        byte[] uuid = new byte[16];
        int copy = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - copy, uuid, 16 - copy, copy);
        return uuid;
    }
}
