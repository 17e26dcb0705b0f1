package org.anonscript.dicom;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a dataset body is encoded. The native syntaxes are listed; every other UID of PS3.6 Table A-1 is
 * explicit VR little endian with encapsulated pixel data, which is also what PS3.5 §10 requires for
 * syntaxes a reader does not know.
 */
public record TransferSyntax(String uid, String name, boolean explicitVr, boolean bigEndian, boolean deflated,
                             boolean encapsulated) {

    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN =
            new TransferSyntax("1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, true, false, false);
    /** Encapsulated Uncompressed Explicit VR Little Endian (PS3.5 A.4.11). */
    public static final TransferSyntax ENCAPSULATED_UNCOMPRESSED =
            encapsulated("1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian");

    private static final Map<String, TransferSyntax> KNOWN = Stream.of(
            IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
            EXPLICIT_VR_BIG_ENDIAN, ENCAPSULATED_UNCOMPRESSED,
            encapsulated("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            encapsulated("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
            encapsulated("1.2.840.10008.1.2.4.52", "JPEG Extended (Process 3 & 5)"),
            encapsulated("1.2.840.10008.1.2.4.53", "JPEG Spectral Selection, Non-Hierarchical (Process 6 & 8)"),
            encapsulated("1.2.840.10008.1.2.4.54", "JPEG Spectral Selection, Non-Hierarchical (Process 7 & 9)"),
            encapsulated("1.2.840.10008.1.2.4.55", "JPEG Full Progression, Non-Hierarchical (Process 10 & 12)"),
            encapsulated("1.2.840.10008.1.2.4.56", "JPEG Full Progression, Non-Hierarchical (Process 11 & 13)"),
            encapsulated("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            encapsulated("1.2.840.10008.1.2.4.58", "JPEG Lossless, Non-Hierarchical (Process 15)"),
            encapsulated("1.2.840.10008.1.2.4.59", "JPEG Extended, Hierarchical (Process 16 & 18)"),
            encapsulated("1.2.840.10008.1.2.4.60", "JPEG Extended, Hierarchical (Process 17 & 19)"),
            encapsulated("1.2.840.10008.1.2.4.61", "JPEG Spectral Selection, Hierarchical (Process 20 & 22)"),
            encapsulated("1.2.840.10008.1.2.4.62", "JPEG Spectral Selection, Hierarchical (Process 21 & 23)"),
            encapsulated("1.2.840.10008.1.2.4.63", "JPEG Full Progression, Hierarchical (Process 24 & 26)"),
            encapsulated("1.2.840.10008.1.2.4.64", "JPEG Full Progression, Hierarchical (Process 25 & 27)"),
            encapsulated("1.2.840.10008.1.2.4.65", "JPEG Lossless, Hierarchical (Process 28)"),
            encapsulated("1.2.840.10008.1.2.4.66", "JPEG Lossless, Hierarchical (Process 29)"),
            encapsulated("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction"),
            encapsulated("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.94", "JPIP Referenced"),
            encapsulated("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"),
            encapsulated("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            encapsulated("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level"),
            encapsulated("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            encapsulated("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            encapsulated("1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"),
            encapsulated("1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"),
            encapsulated("1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"),
            encapsulated("1.2.840.10008.1.2.4.100.1", "Fragmentable MPEG2 Main Profile / Main Level"),
            encapsulated("1.2.840.10008.1.2.4.101.1", "Fragmentable MPEG2 Main Profile / High Level"),
            encapsulated("1.2.840.10008.1.2.4.102.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            encapsulated("1.2.840.10008.1.2.4.103.1", "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            encapsulated("1.2.840.10008.1.2.4.104.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"),
            encapsulated("1.2.840.10008.1.2.4.105.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"),
            encapsulated("1.2.840.10008.1.2.4.106.1", "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"),
            encapsulated("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1"),
            encapsulated("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1"),
            encapsulated("1.2.840.10008.1.2.4.110", "JPEG XL Lossless"),
            encapsulated("1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression"),
            encapsulated("1.2.840.10008.1.2.4.112", "JPEG XL"),
            encapsulated("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"),
            encapsulated("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
            encapsulated("1.2.840.10008.1.2.4.204", "JPIP HTJ2K Referenced"),
            encapsulated("1.2.840.10008.1.2.4.205", "JPIP HTJ2K Referenced Deflate"),
            encapsulated("1.2.840.10008.1.2.5", "RLE Lossless"),
            encapsulated("1.2.840.10008.1.2.6.1", "RFC 2557 MIME encapsulation"),
            encapsulated("1.2.840.10008.1.2.6.2", "XML Encoding"),
            encapsulated("1.2.840.10008.1.2.7.1", "SMPTE ST 2110-20 Uncompressed Progressive Active Video"),
            encapsulated("1.2.840.10008.1.2.7.2", "SMPTE ST 2110-20 Uncompressed Interlaced Active Video"),
            encapsulated("1.2.840.10008.1.2.7.3", "SMPTE ST 2110-30 PCM Digital Audio"),
            encapsulated("1.2.840.10008.1.2.8.1", "Deflated Image Frame Compression"),
            // retired; implicit VR little endian with encapsulated pixel data allowed
            new TransferSyntax("1.2.840.10008.1.20", "Papyrus 3 Implicit VR Little Endian", false, false, false, true))
            .collect(Collectors.toUnmodifiableMap(TransferSyntax::uid, Function.identity()));

    private static TransferSyntax encapsulated(String uid, String name) {
        return new TransferSyntax(uid, name, true, false, false, true);
    }

    /**
     * The syntax of a UID (trailing NUL/space padding ignored). Unknown UIDs are explicit VR little endian
     * with possibly encapsulated pixel data (PS3.5 §10.1); {@link #isKnown()} tells them apart.
     */
    public static TransferSyntax of(String uid) {
        String clean = uid.strip().replace("\0", "");
        TransferSyntax known = KNOWN.get(clean);
        return known != null ? known : new TransferSyntax(clean, "Unknown", true, false, false, true);
    }

    public boolean isKnown() {
        return KNOWN.containsKey(uid);
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}
