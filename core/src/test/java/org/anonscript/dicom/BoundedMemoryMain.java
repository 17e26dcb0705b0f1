package org.anonscript.dicom;

import java.nio.file.Path;

/**
 * Run by {@link BoundedMemoryTest} in a child JVM with a small heap: read a file, change the patient's
 * name, write it elsewhere. Prints the pixel data's kind and the peak heap the JVM reached.
 */
public final class BoundedMemoryMain {

    private BoundedMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        DicomFile file = new DicomReader().read(Path.of(args[0]));
        Dataset changed = file.dataset().withText(0x00100010, "ANONYMIZED^PATIENT");
        new DicomWriter().write(file.withDataset(changed), Path.of(args[1]));
        DicomElement.Value pixels = (DicomElement.Value) changed.get(Tag.PIXEL_DATA).orElseThrow();
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("pixel data bulk=" + pixels.isBulk() + " length=" + pixels.length() + " peakHeap=" + peak);
    }
}
