package org.anonscript.analysis;

import static org.anonscript.analysis.Parameter.anyNumber;
import static org.anonscript.analysis.Parameter.optional;
import static org.anonscript.analysis.Parameter.repeated;
import static org.anonscript.analysis.Parameter.required;
import static org.anonscript.analysis.ParameterKind.BOOLEAN;
import static org.anonscript.analysis.ParameterKind.DIRECT_PATH;
import static org.anonscript.analysis.ParameterKind.FILL;
import static org.anonscript.analysis.ParameterKind.FILL_PARAMS;
import static org.anonscript.analysis.ParameterKind.FORMAT_PATTERN;
import static org.anonscript.analysis.ParameterKind.INTEGER;
import static org.anonscript.analysis.ParameterKind.PATH;
import static org.anonscript.analysis.ParameterKind.PATH_OR_LIST;
import static org.anonscript.analysis.ParameterKind.PRIVATE_PATH_OR_LIST;
import static org.anonscript.analysis.ParameterKind.REGEX;
import static org.anonscript.analysis.ParameterKind.SHAPE;
import static org.anonscript.analysis.ParameterKind.SHAPE_PARAMS;
import static org.anonscript.analysis.ParameterKind.STRING;
import static org.anonscript.analysis.ParameterKind.TIME_UNIT;
import static org.anonscript.analysis.ParameterKind.VALUES;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.script.Dialect;

/**
 * The one catalogue of DicomEdit built-ins (spec §8.2 for DE6, §8.4 for DE4). It drives the analyzer
 * (DE101–DE103, DE107, DE108, DE303), completion, signature help, hover and the evaluator's dispatch.
 */
public final class Functions {

    private static final Set<Dialect> DE6 = Set.of(Dialect.DE6);
    private static final Set<Dialect> DE4 = Set.of(Dialect.DE4);
    private static final Set<Dialect> BOTH = Set.of(Dialect.DE4, Dialect.DE6);

    private static final List<FunctionSpec> ALL = List.of(
            fn("concatenate", List.of(anyNumber("values", STRING)), ReturnKind.STRING, "6.1", DE6,
                    "Joins the texts of its arguments with nothing in between.",
                    "concatenate[(0010,0020), \"_\", project]"),
            fn("format", List.of(required("pattern", FORMAT_PATTERN), anyNumber("values", STRING)), ReturnKind.STRING,
                    "6.1", BOTH, "Java MessageFormat: {0}, {1}, … are replaced by the following arguments; ' quotes.",
                    "format[\"{0}_{1}\", subject, (0008,0060)]"),
            fn("lowercase", List.of(required("value", STRING)), ReturnKind.STRING, "6.1", BOTH,
                    "Lower-cases a value.", "lowercase[(0008,0060)]"),
            fn("uppercase", List.of(required("value", STRING)), ReturnKind.STRING, "6.1", BOTH,
                    "Upper-cases a value.", "uppercase[project]"),
            fn("substring", List.of(required("value", STRING), required("begin", INTEGER), required("end", INTEGER)),
                    ReturnKind.STRING, "6.1", BOTH,
                    "Characters from begin (0-based) up to, not including, end.",
                    "substring[(0010,0020), 0, 4]"),
            fn("replace", List.of(required("value", STRING), required("find", STRING), required("with", STRING)),
                    ReturnKind.STRING, "6.1", BOTH,
                    "Replaces every literal (not regex) occurrence of find by with.",
                    "replace[(0010,0010), \"^\", \" \"]"),
            fn("match", List.of(required("value", STRING), required("regex", REGEX), required("group", INTEGER)),
                    ReturnKind.NULLABLE_STRING, "6.1", BOTH,
                    "Finds the first match of regex in value and returns capture group (0 = whole match), or null.",
                    "match[(0010,0020), \"([A-Z]+)(\\\\d+)\", 2]"),
            fn("ismatch", List.of(required("value", STRING), required("regex", REGEX)), ReturnKind.BOOLEAN, "6.3", DE6,
                    "True when the whole value matches the Java regular expression (all lower case: ismatch).",
                    "ismatch[(0008,0020), \"\\\\d{8}\"]"),
            fn("hashUID", List.of(required("value", STRING), optional("ignored", STRING)), ReturnKind.UID, "6.1", BOTH,
                    "Deterministic 2.25. UID from the SHA-1 of the value; null stays null.",
                    "hashUID[(0020,000D)]"),
            fn("hashUIDList", List.of(repeated("paths", PATH_OR_LIST)), ReturnKind.VOID, "6.6", DE6,
                    "Hashes, in place, every value of every element the paths match, at any level.",
                    "hashUIDList[{(0020,000D), */(0008,1155)}]"),
            fn("newUID", List.of(), ReturnKind.UID, "6.1", DE6,
                    "A fresh random 2.25. UID.", "newUID[]"),
            unplaced("mapUID", List.of(required("value", STRING), required("prefix", STRING)), ReturnKind.UID,
                    "A random UID under prefix, the same one for the same value for the engine's lifetime.",
                    "mapUID[(0020,000D), \"1.2.840.99999\"]"),
            fn("mapReferencedUIDs", List.of(required("prefix", STRING), repeated("paths", PATH_OR_LIST)),
                    ReturnKind.VOID, "6.2", DE6,
                    "Replaces every matched UID with a remembered random UID under prefix.",
                    "mapReferencedUIDs[\"1.2.840.99999\", \"*/(0008,1155)\"]"),
            fn("getURL", List.of(required("url", STRING)), ReturnKind.STRING, "6.1", BOTH,
                    "HTTP GET; the response lines concatenated. Needs network consent in test-runs.",
                    "getURL[\"https://xnat.example.org/data/config/site/label\"]"),
            unplaced("lookup", List.of(required("table", STRING), required("key", STRING)), ReturnKind.NULLABLE_STRING,
                    "The value stored for table/key in the script's lookup table, or null.",
                    "lookup[\"pid\", (0010,0020)]"),
            fn("shiftDateByIncrement",
                    List.of(required("date", STRING), required("amount", INTEGER), optional("unit", TIME_UNIT)),
                    ReturnKind.STRING, "6.2", DE6,
                    "Shifts a DA value by amount units (default days), keeping its precision.",
                    "shiftDateByIncrement[(0008,0020), \"-30\"]"),
            fn("shiftDateTimeByIncrement",
                    List.of(required("datetime", STRING), required("amount", INTEGER), optional("unit", TIME_UNIT)),
                    ReturnKind.STRING, "6.3", DE6,
                    "Shifts a DA or DT value by amount units (default seconds), keeping its precision.",
                    "shiftDateTimeByIncrement[(0008,002A), \"-3600\"]"),
            unplaced("shiftDateTimeListByIncrement",
                    List.of(required("paths", PATH_OR_LIST), required("amount", INTEGER), required("unit", TIME_UNIT)),
                    ReturnKind.VOID,
                    "Shifts, in place, every element the paths match by amount units.",
                    "shiftDateTimeListByIncrement[{*/(0008,0020), */(0008,0021)}, \"-30\", \"days\"]"),
            fn("shiftDateTimeSequenceByIncrement", List.of(required("seconds", INTEGER), repeated("paths", PATH_OR_LIST)),
                    ReturnKind.VOID, "6.3", DE6,
                    "Shifts, in place, every element the paths match by a number of seconds.",
                    "shiftDateTimeSequenceByIncrement[\"-2592000\", \"*/(0008,002A)\"]"),
            fn("scalePatientAgeAndDobFromStudyDate", List.of(), ReturnKind.VOID, "6.6", DE6,
                    "Caps the patient's age at 89 years: shifts the birth date and rewrites Patient's Age.",
                    "scalePatientAgeAndDobFromStudyDate[]"),
            fn("set", List.of(required("path", DIRECT_PATH), required("value", STRING)), ReturnKind.VOID, "6.2", DE6,
                    "Writes value at a path given in direct notation (numeric private tags allowed).",
                    "set[\"(0045,0010)\", \"PCI\"]"),
            fn("delete", List.of(required("path", DIRECT_PATH)), ReturnKind.VOID, "6.1", DE6,
                    "Deletes the one element or item named in direct notation.",
                    "delete[\"(2001,105F)[0]/(2005,10A3)\"]"),
            fn("removeTags", List.of(repeated("paths", PATH_OR_LIST)), ReturnKind.VOID, "6.6", DE6,
                    "Deletes every element any argument matches; wildcards allowed, lists flattened.",
                    "removeTags[{(0010,1040), */(0008,0090)}]"),
            fn("retainPrivateTags", List.of(repeated("paths", PRIVATE_PATH_OR_LIST)), ReturnKind.VOID, "6.3", DE6,
                    "Deletes all private data except the matched private elements and the creators they need.",
                    "retainPrivateTags[\"(0019,{SIEMENS MR HEADER}XX)\"]"),
            fn("isPresent", List.of(repeated("paths", PATH)), ReturnKind.BOOLEAN, "6.7", DE6,
                    "True when every argument path matches at least one element or item.",
                    "isPresent[(0010,1010)]"),
            fn("alterPixels",
                    List.of(required("shape", SHAPE), required("shapeParams", SHAPE_PARAMS), required("fill", FILL),
                            required("fillParams", FILL_PARAMS)),
                    ReturnKind.VOID, "6.3", DE6,
                    "Burns a filled shape into the pixel data of every frame.",
                    "alterPixels[\"rectangle\", \"l=0, t=0, r=639, b=60\", \"solid\", \"v=0\"]"),
            fn("normalizeString", List.of(required("value", STRING), optional("replacement", STRING)),
                    ReturnKind.STRING, "6.6", DE6,
                    "Replaces every non-ASCII character by replacement (default _).",
                    "normalizeString[(0010,0010)]"),
            fn("collectValues", List.of(repeated("sources", VALUES)), ReturnKind.LIST, "6.6", DE6,
                    "A list of the values of the given elements, plus the given strings.",
                    "collectValues[(0010,0010), (0010,0020)]"),
            fn("blankValues", List.of(repeated("sources", VALUES)), ReturnKind.VOID, "6.6", DE6,
                    "Empties every element anywhere whose value equals one of the collected values.",
                    "blankValues[(0010,0010), \"ANON\"]"),
            fn("reject", List.of(optional("flag", BOOLEAN)), ReturnKind.VOID, "6.6", DE6,
                    "Stops processing and rejects the object when flag (default true) is true.",
                    "reject[]"),
            fn("true", List.of(), ReturnKind.BOOLEAN, "6.7", DE6, "The constant true.", "true[]"),
            fn("false", List.of(), ReturnKind.BOOLEAN, "6.7", DE6, "The constant false.", "false[]"),
            // DicomEdit 4 only (spec §8.4)
            de4("urlEncode", List.of(required("value", STRING)), ReturnKind.STRING, false,
                    "URL form encoding of the value (DicomEdit 4 only).", "urlEncode[(0010,0020)]"),
            de4("makeSessionLabel", List.of(required("pattern", STRING)), ReturnKind.STRING, true,
                    "Host (upload client) function: the first unused label prefix + zero-padded index + suffix.",
                    "makeSessionLabel[format[\"{0}_v##_{1}\", subject, lowercase[modalityLabel]]]"),
            new FunctionSpec("UID", List.of(), ReturnKind.UID, Optional.empty(), true, DE4, true, false,
                    "Generator: a new UID, the same one for the same original value within a run.",
                    "(0020,000D) := new UID"));

    private static final Map<String, List<FunctionSpec>> BY_NAME = index();
    /** {@link #lookup} answers per dialect, precomputed: the analyzer asks once per call in the script. */
    private static final Map<Dialect, Map<String, Optional<FunctionSpec>>> CALLABLE = callableIndex();

    /** Names that are not functions, with what the user most likely meant (spec §8.2 "common mistakes"). */
    private static final Map<String, String> KNOWN_MISTAKES = Map.of(
            "blankRectangle", "alterPixels",
            "uid", "newUID",
            "UID", "newUID",
            "hashUid", "hashUID",
            "newUid", "newUID");

    private Functions() {
    }

    /** Every entry, both dialects, in catalogue order. */
    public static List<FunctionSpec> all() {
        return ALL;
    }

    /** The callable built-ins of a dialect (generators excluded), in catalogue order. */
    public static List<FunctionSpec> forDialect(Dialect dialect) {
        return ALL.stream().filter(f -> f.existsIn(dialect) && !f.generator()).toList();
    }

    /** A callable built-in by exact, case-sensitive name. */
    public static Optional<FunctionSpec> lookup(String name, Dialect dialect) {
        return CALLABLE.get(dialect).getOrDefault(name, Optional.empty());
    }

    private static Map<Dialect, Map<String, Optional<FunctionSpec>>> callableIndex() {
        Map<Dialect, Map<String, Optional<FunctionSpec>>> byDialect = new java.util.EnumMap<>(Dialect.class);
        for (Dialect dialect : Dialect.values()) {
            Map<String, Optional<FunctionSpec>> byName = new java.util.HashMap<>();
            BY_NAME.forEach((name, specs) -> specs.stream().filter(f -> f.existsIn(dialect) && !f.generator())
                    .findFirst().ifPresent(f -> byName.put(name, Optional.of(f))));
            byDialect.put(dialect, byName);
        }
        return byDialect;
    }

    /** A DE4 generator for {@code new NAME} (only {@code UID} is built in). */
    public static Optional<FunctionSpec> generator(String name) {
        return BY_NAME.getOrDefault(name, List.of()).stream().filter(FunctionSpec::generator).findFirst();
    }

    /**
     * Why {@code name} is not a function of {@code dialect} and what to write instead. Empty when no
     * sensible advice exists (or when the name is in fact known).
     */
    public static Optional<Suggestion> didYouMean(String name, Dialect dialect) {
        if (lookup(name, dialect).isPresent()) {
            return Optional.empty();
        }
        if (dialect == Dialect.DE4 && name.equals("newUID")) {
            return Optional.of(new Suggestion(Optional.empty(),
                    "DicomEdit 4 has no newUID[]; write (gggg,eeee) := new UID"));
        }
        Optional<FunctionSpec> other = BY_NAME.getOrDefault(name, List.of()).stream()
                .filter(f -> !f.generator()).findFirst();
        if (other.isPresent()) {
            return Optional.of(otherDialect(other.get(), dialect));
        }
        String mistake = KNOWN_MISTAKES.get(name);
        if (mistake != null && lookup(mistake, dialect).isPresent()) {
            return Optional.of(replace(mistake));
        }
        List<FunctionSpec> candidates = forDialect(dialect);
        for (FunctionSpec f : candidates) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(new Suggestion(Optional.of(f.name()),
                        "function names are case-sensitive: did you mean " + f.name() + "?"));
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        FunctionSpec best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FunctionSpec f : candidates) {
            int d = editDistance(lower, f.name().toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        int tolerated = Math.max(1, Math.min(3, name.length() / 4));
        if (best != null && bestDistance <= tolerated) {
            return Optional.of(replace(best.name()));
        }
        return Optional.empty();
    }

    /** Advice for an unknown name: an optional replacement name (for a quick fix) and an explanation. */
    public record Suggestion(Optional<String> replacement, String explanation) {
    }

    private static Suggestion replace(String name) {
        return new Suggestion(Optional.of(name), "did you mean " + name + "?");
    }

    private static Suggestion otherDialect(FunctionSpec spec, Dialect dialect) {
        if (dialect == Dialect.DE6) {
            String why = spec.hostProvided()
                    ? spec.name() + " is provided by DicomEdit 4 upload clients, not by the DicomEdit 6 engine"
                    : spec.name() + " exists only in DicomEdit 4; XNAT's DicomEdit 6 engine does not register it";
            return new Suggestion(Optional.empty(), why);
        }
        return new Suggestion(Optional.empty(), spec.name() + " exists only in DicomEdit 6 (since "
                + spec.since().orElse("6.6") + "); add a version line such as version \"6.6\" to use it");
    }

    /** Levenshtein distance; names are short, so the quadratic table is fine. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Map<String, List<FunctionSpec>> index() {
        Map<String, List<FunctionSpec>> byName = new LinkedHashMap<>();
        for (FunctionSpec f : ALL) {
            byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        }
        byName.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(byName);
    }

    private static FunctionSpec fn(String name, List<Parameter> params, ReturnKind returns, String since,
            Set<Dialect> dialects, String doc, String example) {
        return new FunctionSpec(name, params, returns, Optional.of(since), true, dialects, false, false, doc, example);
    }

    /** Registered by the engine but not placed by spec §14: treated as 6.6. */
    private static FunctionSpec unplaced(String name, List<Parameter> params, ReturnKind returns, String doc,
            String example) {
        return new FunctionSpec(name, params, returns, Optional.of("6.6"), false, DE6, false, false, doc, example);
    }

    private static FunctionSpec de4(String name, List<Parameter> params, ReturnKind returns, boolean host,
            String doc, String example) {
        return new FunctionSpec(name, params, returns, Optional.empty(), true, DE4, false, host, doc, example);
    }
}
