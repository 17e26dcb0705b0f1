package org.anonscript.eval.builtins;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code modalityLabel} host variable (spec §10.2): the label of the session's leading modality,
 * which XNAT's upload clients offered to DE4 scripts (typically as
 * {@code makeSessionLabel[format["{0}_v##_{1}", subject, lowercase[modalityLabel]]]}). It follows the
 * way XNAT types an imaging session from the modalities it contains, where a hybrid study is filed
 * under its functional modality:
 *
 * <table>
 * <caption>Mapping, first rule that applies</caption>
 * <tr><th>modalities in the session</th><th>label</th></tr>
 * <tr><td>any {@code PT} (PET/CT, PET/MR, PET alone)</td><td>{@code PET}</td></tr>
 * <tr><td>any {@code MR}</td><td>{@code MR}</td></tr>
 * <tr><td>any {@code CT}</td><td>{@code CT}</td></tr>
 * <tr><td>another acquisition modality ({@code US}, {@code NM}, {@code CR}, {@code DX}, {@code MG},
 * {@code XA}, …)</td><td>the first one given, as written</td></tr>
 * <tr><td>only derived or non-image objects ({@code SR}, {@code PR}, {@code KO}, {@code SEG},
 * {@code REG}, {@code RT…}, {@code DOC}, {@code OT}, …)</td><td>the first one given</td></tr>
 * <tr><td>nothing usable</td><td>none</td></tr>
 * </table>
 *
 * <p>Inputs are Modality (0008,0060) values of the session's files and/or Modalities in Study
 * (0008,0061); backslash-separated multiple values are split, blanks dropped, case ignored. The label is
 * upper case; scripts lower-case it themselves. XNAT's uploader source was not available to us, so the
 * order of the rarer modalities is our reading [inf]; PET, MR and CT are the cases that matter.
 */
public final class ModalityLabel {

    /** Objects that accompany images rather than define the session's kind. */
    private static final Set<String> ANCILLARY = Set.of("SR", "PR", "KO", "SEG", "REG", "RTSTRUCT", "RTPLAN",
            "RTDOSE", "RTRECORD", "RWV", "DOC", "OT", "FID", "PLAN", "AU", "ASMT", "RESP", "REGISTRATION");

    private ModalityLabel() {
    }

    public static Optional<String> from(String... modalities) {
        return from(Arrays.asList(modalities));
    }

    public static Optional<String> from(Collection<String> modalities) {
        Set<String> present = new LinkedHashSet<>();
        for (String value : modalities) {
            if (value != null) {
                for (String modality : value.split("\\\\")) {
                    if (!modality.isBlank()) {
                        present.add(modality.trim().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        if (present.contains("PT")) {
            return Optional.of("PET");
        }
        for (String leading : List.of("MR", "CT")) {
            if (present.contains(leading)) {
                return Optional.of(leading);
            }
        }
        return present.stream().filter(m -> !ANCILLARY.contains(m)).findFirst()
                .or(() -> present.stream().findFirst());
    }
}
