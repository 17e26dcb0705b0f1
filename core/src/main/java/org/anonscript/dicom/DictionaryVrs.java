package org.anonscript.dicom;

import java.util.Optional;

/** The VR the dictionary gives a tag; tolerates the dictionary not being built yet. */
final class DictionaryVrs {

    private DictionaryVrs() {
    }

    static Optional<VR> of(int tag) {
        try {
            return ValueText.dictionaryVr(tag);
        } catch (UnsupportedOperationException notBuiltYet) {
            return Optional.empty();
        }
    }
}
