package org.anonscript.analysis;

import java.util.Map;
import java.util.Optional;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.script.Dialect;
import org.anonscript.script.PathStep;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;

/**
 * Checks of tag paths: wildcard assignment targets (DE206), tags missing from the dictionary (DE208)
 * and writes to the file meta group (DE210).
 */
final class PathChecks {

    private PathChecks() {
    }

    static void run(AnalysisContext ctx) {
        Dictionary dictionary = Dictionary.standard();
        for (Statement s : ctx.nodes.statements) {
            target(ctx, s);
        }
        for (TagPath path : ctx.nodes.paths) {
            dictionaryCheck(ctx, dictionary, path);
        }
    }

    private static void target(AnalysisContext ctx, Statement s) {
        TagPath target = null;
        if (s instanceof Statement.TagAssignment a) {
            target = a.target();
            // DE4 pattern assignments change every existing match [spec §13.4]; DE6 := needs one element
            if (!a.ifExists() && ctx.dialect == Dialect.DE6 && !target.isSingular()) {
                ctx.report(DiagnosticCode.DE206, target.range(), ":= writes one element, but this path can match "
                        + "several: use ?= to change every existing match, or make the path singular",
                        Map.of("replacement", "?="));
            }
        } else if (s instanceof Statement.Deletion d) {
            target = d.target();
        }
        if (target != null && target.steps().size() == 1 && target.last() instanceof PathStep.TagStep t
                && t.tag().group().equals("0002")) {
            ctx.report(DiagnosticCode.DE210, target.range(), "file meta (group 0002) is rewritten when the file is "
                    + "saved: (0002,0002)/(0002,0003) are copied from (0008,0016)/(0008,0018)");
        }
    }

    private static void dictionaryCheck(AnalysisContext ctx, Dictionary dictionary, TagPath path) {
        for (PathStep step : path.steps()) {
            if (!(step instanceof PathStep.TagStep t)) {
                continue;
            }
            TagPattern tag = t.tag();
            Optional<Integer> exact = tag.exactTag();
            if (exact.isEmpty() || tag.isPrivate()) {
                continue;
            }
            Optional<DictionaryEntry> entry = dictionary.byTag(exact.get());
            if (entry.isEmpty()) {
                ctx.report(DiagnosticCode.DE208, tag.range(), tag.text() + " is not in the DICOM dictionary; "
                        + "check the digits for a typo");
            } else if (entry.get().retired() && (exact.get() & 0xFFFF) != 0) {
                ctx.report(new Diagnostic(DiagnosticCode.DE208, Severity.INFO, tag.range(), tag.text() + " ("
                        + entry.get().name() + ") is retired from the DICOM standard", Map.of("keyword",
                                entry.get().keyword())));
            }
        }
    }
}
