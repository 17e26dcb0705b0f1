package org.anonscript.dicom;

/** A value that cannot be stored: an unparsable number for a binary VR, an unencodable character, … */
public final class DicomValueException extends RuntimeException {
    public DicomValueException(String message) {
        super(message);
    }
}
