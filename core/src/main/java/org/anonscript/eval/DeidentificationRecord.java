package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anonscript.diff.TagDiff;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.VR;
import org.anonscript.dicom.ValueText;
import org.anonscript.script.Dialect;

/**
 * XNAT's record that a DicomEdit script de-identified an object (spec §11.10): after each script, one item
 * appended to the De-identification Method Code Sequence (0012,0064) with Code Value = the script's id,
 * Code Meaning "XNAT DicomEdit 6 Script" (or "… 4 Script" for a DicomEdit 4 script), Coding Scheme
 * Designator "XNAT" and Coding Scheme Version "1.0".
 *
 * <p>What XNAT does, read in its sources (DicomEdit's {@code DE6Mizer}/{@code DE4Mizer} give the meaning,
 * scheme and version; mizer's {@code AbstractMizer.addRecord} writes the item: CodeValue SH = the script's
 * id as a decimal number, CodeMeaning LO, CodingSchemeDesignator SH, CodingSchemeVersion SH; it creates the
 * sequence when missing and otherwise appends; it records only when asked to and when the script id is
 * above 0; XNAT's own test expects Code Value "1" for script id 1). It does not set Patient Identity
 * Removed (0012,0062), so neither do we. A host applies this only to objects that succeeded, in script
 * order, and it is a host step: its changes carry no statement range.
 */
public final class DeidentificationRecord {

    public static final int DEIDENTIFICATION_METHOD_CODE_SEQUENCE = 0x00120064;
    static final int CODE_VALUE = 0x00080100;
    static final int CODING_SCHEME_DESIGNATOR = 0x00080102;
    static final int CODING_SCHEME_VERSION = 0x00080103;
    static final int CODE_MEANING = 0x00080104;

    public static final String SCHEME_DESIGNATOR = "XNAT";
    public static final String SCHEME_VERSION = "1.0";

    /** SH holds at most 16 characters; XNAT refuses longer values too. */
    public static final int MAX_CODE_VALUE_LENGTH = 16;

    /** One applied script: the id recorded as the Code Value, and its dialect (which names the engine). */
    public record Script(String codeValue, Dialect dialect) {
        public Script {
            if (codeValue.isEmpty() || codeValue.length() > MAX_CODE_VALUE_LENGTH) {
                throw new IllegalArgumentException("a script id is 1 to " + MAX_CODE_VALUE_LENGTH + " characters: "
                        + codeValue);
            }
        }
    }

    private DeidentificationRecord() {
    }

    /** "XNAT DicomEdit 6 Script" or "XNAT DicomEdit 4 Script". */
    public static String meaning(Dialect dialect) {
        return "XNAT DicomEdit " + (dialect == Dialect.DE4 ? "4" : "6") + " Script";
    }

    /**
     * {@code outcome} with one item per script appended to (0012,0064) and the additions in its change log;
     * an outcome that did not succeed is returned as it is. When (0012,0064) exists but is not a sequence,
     * the result is an error outcome: replacing it would destroy data the scripts left alone.
     */
    public static Outcome appendTo(Outcome outcome, List<Script> scripts) {
        if (!outcome.succeeded() || scripts.isEmpty()) {
            return outcome;
        }
        Dataset before = outcome.dataset();
        Optional<DicomElement> existing = before.get(DEIDENTIFICATION_METHOD_CODE_SEQUENCE);
        List<DicomElement.Item> items = new ArrayList<>();
        if (existing.isPresent()) {
            if (!(existing.get() instanceof DicomElement.Sequence seq)) {
                return new Outcome(Outcome.Status.ERROR, before, outcome.changes(), outcome.echoes(), outcome.warnings(),
                        Optional.of(new Outcome.Problem("(0012,0064) De-identification Method Code Sequence is not a"
                                + " sequence (VR " + existingVr(existing.get()) + "); the record was not added",
                                Optional.empty())),
                        outcome.variables());
            }
            items.addAll(seq.items());
        }
        TextCodec codec = TextCodec.forDataset(before);
        List<Dataset> added = new ArrayList<>();
        for (Script script : scripts) {
            added.add(Dataset.of(
                    ValueText.encode(CODE_VALUE, VR.SH, script.codeValue(), codec),
                    ValueText.encode(CODING_SCHEME_DESIGNATOR, VR.SH, SCHEME_DESIGNATOR, codec),
                    ValueText.encode(CODING_SCHEME_VERSION, VR.SH, SCHEME_VERSION, codec),
                    ValueText.encode(CODE_MEANING, VR.LO, meaning(script.dialect()), codec)));
        }
        DicomElement.Sequence sequence = existing.isPresent()
                ? ((DicomElement.Sequence) existing.get()).withItems(withAdded(items, added))
                : DicomElement.Sequence.of(DEIDENTIFICATION_METHOD_CODE_SEQUENCE, added);
        Dataset after = before.with(sequence);
        List<Change> changes = new ArrayList<>(outcome.changes());
        changes.addAll(TagDiff.changes(before, after, Optional.empty()));
        return new Outcome(Outcome.Status.MODIFIED, after, changes, outcome.echoes(), outcome.warnings(),
                outcome.failure(), outcome.variables());
    }

    private static List<DicomElement.Item> withAdded(List<DicomElement.Item> items, List<Dataset> added) {
        List<DicomElement.Item> out = new ArrayList<>(items);
        DicomElement.Sequence.of(DEIDENTIFICATION_METHOD_CODE_SEQUENCE, added).items().forEach(out::add);
        return out;
    }

    private static String existingVr(DicomElement e) {
        return e instanceof DicomElement.Value v ? v.vr().name() : "with fragments";
    }
}
