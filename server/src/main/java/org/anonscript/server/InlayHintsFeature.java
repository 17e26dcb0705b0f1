package org.anonscript.server;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.dicom.Dictionary;
import org.anonscript.script.Range;
import org.anonscript.script.TagPattern;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Inlay hints (issue 5, item 6): the keyword after a raw tag, {@code (0010,0010)} ⟶ {@code PatientName}. */
public final class InlayHintsFeature {

    private final Dictionary dictionary = Dictionary.standard();

    public List<InlayHint> hints(Snapshot doc, Range within) {
        List<InlayHint> out = new ArrayList<>();
        for (TagPattern t : doc.index().tags()) {
            if (t.range().end().offset() < within.start().offset() || t.range().start().offset() > within.end().offset()) {
                continue;
            }
            t.exactTag().flatMap(dictionary::keyword).ifPresent(keyword -> {
                InlayHint hint = new InlayHint(Lsp.position(t.range().end()), Either.forLeft(keyword));
                hint.setKind(InlayHintKind.Type);
                hint.setPaddingLeft(true);
                out.add(hint);
            });
        }
        return out;
    }
}
