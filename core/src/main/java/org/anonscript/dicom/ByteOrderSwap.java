package org.anonscript.dicom;

/** Reverses each {@code width}-byte number in place: how binary values change between byte orders. */
final class ByteOrderSwap {

    private ByteOrderSwap() {
    }

    static void swap(byte[] b, int off, int len, int width) {
        if (width < 2) {
            return;
        }
        int end = off + len - len % width;
        for (int i = off; i < end; i += width) {
            for (int lo = i, hi = i + width - 1; lo < hi; lo++, hi--) {
                byte t = b[lo];
                b[lo] = b[hi];
                b[hi] = t;
            }
        }
    }
}
