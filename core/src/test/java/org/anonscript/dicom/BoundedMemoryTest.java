package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB multi-frame file is read, one header element changed and the file written, in a child JVM
 * limited to 256 MiB of heap: bulk values stay in the file and are streamed to the output.
 */
class BoundedMemoryTest {

    private static final long GIB = 1L << 30;

    @Test
    void aOneGibFileIsEditedWith256MibOfHeap(@TempDir Path dir) throws Exception {
        // 2048 frames of 512 x 512 x 16 bits = 1 GiB of pixel data
        Dataset image = Dataset.of(
                TestFiles.text(0x00100010, VR.PN, "Original^Name"),
                TestFiles.text(0x00280002, VR.US, "1"),
                TestFiles.text(0x00280004, VR.CS, "MONOCHROME2"),
                TestFiles.text(0x00280008, VR.IS, "2048"),
                TestFiles.text(0x00280010, VR.US, "512"),
                TestFiles.text(0x00280011, VR.US, "512"),
                TestFiles.text(0x00280100, VR.US, "16"),
                TestFiles.text(0x00280101, VR.US, "16"),
                TestFiles.text(0x00280102, VR.US, "15"),
                TestFiles.text(0x00280103, VR.US, "0"),
                DicomElement.Value.of(Tag.PIXEL_DATA, VR.OW, new byte[0]));
        // written with empty pixel data, whose length field (the last 4 bytes) is then set to 1 GiB and the
        // file extended with zeros (sparse, so creating it costs no disk time)
        byte[] header = new DicomWriter().toBytes(TestFiles.part10(image, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        java.nio.ByteBuffer.wrap(header, header.length - 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt((int) GIB);
        Path input = dir.resolve("big.dcm");
        try (RandomAccessFile raf = new RandomAccessFile(input.toFile(), "rw")) {
            raf.write(header);
            raf.setLength(header.length + GIB);
        }

        Path output = dir.resolve("big-anon.dcm");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BoundedMemoryMain.class.getName(), input.toString(), output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        String childOutput = Files.readString(log);
        assertThat(child.exitValue()).as(childOutput).isZero();
        System.out.println("child JVM (-Xmx256m): " + childOutput.strip());
        assertThat(childOutput).contains("pixel data bulk=true length=" + GIB);

        // the output differs only by the longer name: "ANONYMIZED^PATIENT" (18) replaces "Original^Name " (14)
        assertThat(Files.size(output)).isEqualTo(Files.size(input) + 4);
        DicomFile back = new DicomReader().read(output);
        assertThat(back.dataset().getText(0x00100010)).hasValue("ANONYMIZED^PATIENT");
        assertThat(back.warnings()).isEmpty();
        Oracles.Result dump = Oracles.run(List.of("dcmdump", "-q", "-M", output.toString()));
        assertThat(dump.exitCode()).as(dump.stderr()).isZero();
        assertThat(dump.stdout()).contains("(0010,0010) PN [ANONYMIZED^PATIENT]")
                .contains("(7fe0,0010) OW (not loaded)");
    }
}
