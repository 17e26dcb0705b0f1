package org.anonscript.dicom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** UID algorithms of DicomEdit's {@code hashUID} and {@code newUID}, and the PS3.5 §9.1 syntax check. */
public final class Uids {

    /** PS3.5 §9.1: a UID is at most 64 characters. */
    public static final int MAX_LENGTH = 64;

    /** The root for UIDs derived from a UUID (PS3.5 Annex B.2, ISO/IEC 9834-8). */
    public static final String UUID_ROOT = "2.25";

    private static final RandomGenerator DEFAULT_RANDOM = new SecureRandom();

    private Uids() {
    }

    /**
     * DicomEdit's {@code hashUID} (spec §12.1), bit-exact: SHA-1 of the UTF-8 text, the first 16 bytes made
     * a version-5 UUID, read as an unsigned number, written after {@code 2.25.}. Any text can be hashed.
     */
    public static String hashUid(String text) {
        Objects.requireNonNull(text, "text");
        byte[] uuid = Arrays.copyOf(sha1(text.getBytes(StandardCharsets.UTF_8)), 16);
        return UUID_ROOT + "." + uuidDigits(uuid, 0x50);
    }

    /** DicomEdit's {@code newUID}: {@code 2.25.} and the decimal value of a random version-4 UUID. */
    public static String newUid(RandomGenerator random) {
        return UUID_ROOT + "." + randomUuidDigits(random);
    }

    /** {@link #newUid(RandomGenerator)} with a secure random source. */
    public static String newUid() {
        return newUid(DEFAULT_RANDOM);
    }

    /** The decimal digits of a random version-4 UUID read as an unsigned 128-bit number (no leading zeros). */
    static String randomUuidDigits(RandomGenerator random) {
        byte[] uuid = new byte[16];
        random.nextBytes(uuid);
        return uuidDigits(uuid, 0x40);
    }

    /** PS3.5 §9.1: digits and dots, no empty component, no leading zero in a component, at most 64 characters. */
    public static boolean isValid(String uid) {
        if (uid == null || uid.isEmpty() || uid.length() > MAX_LENGTH) {
            return false;
        }
        int componentStart = 0;
        for (int i = 0; i <= uid.length(); i++) {
            if (i == uid.length() || uid.charAt(i) == '.') {
                int length = i - componentStart;
                if (length == 0 || (length > 1 && uid.charAt(componentStart) == '0')) {
                    return false;
                }
                componentStart = i + 1;
            } else if (uid.charAt(i) < '0' || uid.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Stamps the UUID version nibble and the RFC 4122 variant, then prints the unsigned value. */
    private static String uuidDigits(byte[] uuid, int versionBits) {
        uuid[6] = (byte) ((uuid[6] & 0x0F) | versionBits);
        uuid[8] = (byte) ((uuid[8] & 0x3F) | 0x80);
        return unsignedDecimal(uuid);
    }

    /**
     * The decimal digits of 16 bytes read as an unsigned big-endian number, without BigInteger: long division
     * by 10^9 over four 32-bit limbs. Every file a site-wide script touches runs this once per hashed UID,
     * and BigInteger's general division is many times the work while the JIT is still warming up.
     */
    static String unsignedDecimal(byte[] bytes16) {
        int[] limbs = new int[4];
        for (int i = 0; i < 16; i++) {
            limbs[i >> 2] = (limbs[i >> 2] << 8) | (bytes16[i] & 0xFF);
        }
        int[] chunks = new int[5]; // 10^45 > 2^128: at most five 9-digit chunks, least significant first
        int count = 0;
        boolean zero;
        do {
            long remainder = 0;
            zero = true;
            for (int i = 0; i < 4; i++) {
                long current = (remainder << 32) | (limbs[i] & 0xFFFFFFFFL); // remainder < 10^9 < 2^30: no overflow
                limbs[i] = (int) (current / BILLION);
                remainder = current % BILLION;
                zero &= limbs[i] == 0;
            }
            chunks[count++] = (int) remainder;
        } while (!zero);
        StringBuilder out = new StringBuilder(45).append(chunks[count - 1]);
        for (int k = count - 2; k >= 0; k--) {
            String digits = Integer.toString(chunks[k]);
            for (int pad = digits.length(); pad < 9; pad++) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }

    private static final long BILLION = 1_000_000_000L;

    /** One digest per thread: looking the algorithm up costs more than hashing a UID. */
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-1 (MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    });

    private static byte[] sha1(byte[] bytes) {
        return SHA1.get().digest(bytes); // digest() resets it for the next use
    }
}
