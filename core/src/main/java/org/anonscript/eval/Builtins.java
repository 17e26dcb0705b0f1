package org.anonscript.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.Uids;
import org.anonscript.dicom.ValueText;
import org.anonscript.dicom.VR;
import org.anonscript.eval.builtins.AgeCapping;
import org.anonscript.eval.builtins.Conditions;
import org.anonscript.eval.builtins.DateTimeShifter;
import org.anonscript.eval.builtins.SessionLabels;
import org.anonscript.eval.builtins.TextFunctions;
import org.anonscript.script.TagPath;

/**
 * The implementations behind the {@link org.anonscript.analysis.Functions} catalogue, one entry per
 * catalogue name (a test checks the two agree). Value-level rules live in
 * {@code org.anonscript.eval.builtins}; this class reads arguments and applies results to the dataset.
 */
final class Builtins {

    /** One built-in: arguments are already evaluated (paths passed as {@link TagPath}, spec §7.2). */
    interface Builtin {
        Object call(ScriptRun run, List<Object> args);
    }

    static final Map<String, Builtin> IMPLEMENTATIONS = Map.ofEntries(
            Map.entry("concatenate", (run, a) -> {
                List<String> texts = new ArrayList<>();
                for (Object v : Values.flatten(a)) {
                    texts.add(run.text(v));
                }
                return TextFunctions.concatenate(texts);
            }),
            Map.entry("format", (run, a) -> {
                List<Object> rest = new ArrayList<>();
                for (Object v : Values.flatten(a.subList(1, a.size()))) {
                    rest.add(run.text(v));
                }
                return TextFunctions.format(run.text(a.get(0)), rest);
            }),
            Map.entry("lowercase", (run, a) -> TextFunctions.lowercase(run.text(a.get(0)))),
            Map.entry("uppercase", (run, a) -> TextFunctions.uppercase(run.text(a.get(0)))),
            Map.entry("substring", (run, a) -> TextFunctions.substring(run.text(a.get(0)), run.text(a.get(1)),
                    run.text(a.get(2)))),
            Map.entry("replace", (run, a) -> TextFunctions.replace(run.text(a.get(0)), run.text(a.get(1)),
                    run.text(a.get(2)))),
            Map.entry("match", (run, a) -> TextFunctions.match(run.text(a.get(0)), run.text(a.get(1)),
                    run.text(a.get(2)))),
            Map.entry("ismatch", (run, a) -> TextFunctions.ismatch(run.text(a.get(0)), run.text(a.get(1)))),
            Map.entry("hashUID", (run, a) -> {
                String text = run.text(a.get(0));
                return text == null ? null : Uids.hashUid(text);
            }),
            Map.entry("hashUIDList", Builtins::hashUidList),
            Map.entry("newUID", (run, a) -> Uids.newUid(run.session().random())),
            Map.entry("mapUID", (run, a) -> {
                String value = run.text(a.get(0));
                if (value == null) {
                    return null;
                }
                return mapUid(run, value, run.text(a.get(1)));
            }),
            Map.entry("mapReferencedUIDs", (run, a) -> {
                String prefix = run.text(a.get(0));
                List<TagPath> paths = new ArrayList<>();
                for (Object p : a.subList(1, a.size())) {
                    paths.addAll(run.paths(p));
                }
                return editValues(run, paths, (vr, value) -> mapEach(run, value, prefix));
            }),
            Map.entry("getURL", (run, a) -> getUrl(run, run.text(a.get(0)))),
            Map.entry("lookup", (run, a) -> run.session().lookupTable().lookup(run.text(a.get(0)), run.text(a.get(1)))),
            Map.entry("shiftDateByIncrement", (run, a) -> shiftValue(run, a, "shiftDateByIncrement", "days", Set.of(VR.DA))),
            Map.entry("shiftDateTimeByIncrement", (run, a) -> shiftValue(run, a, "shiftDateTimeByIncrement", "seconds",
                    Set.of(VR.DA, VR.DT))),
            Map.entry("shiftDateTimeListByIncrement", (run, a) -> {
                int amount = DateTimeShifter.amount("shiftDateTimeListByIncrement", run.text(a.get(1)));
                String unit = run.text(a.get(2));
                return editValues(run, run.paths(a.get(0)),
                        (vr, value) -> DateTimeShifter.shiftElementValue(value, amount, unit));
            }),
            Map.entry("shiftDateTimeSequenceByIncrement", (run, a) -> {
                int amount = DateTimeShifter.amount("shiftDateTimeSequenceByIncrement", run.text(a.get(0)));
                List<TagPath> paths = new ArrayList<>();
                for (Object p : a.subList(1, a.size())) {
                    paths.addAll(run.paths(p));
                }
                return editValues(run, paths, (vr, value) -> DateTimeShifter.shiftElementValue(value, amount, "seconds"));
            }),
            Map.entry("scalePatientAgeAndDobFromStudyDate", Builtins::scaleAge),
            Map.entry("set", (run, a) -> {
                String value = run.text(a.get(1));
                if (value == null) {
                    run.warn("set of a null value skipped");
                    return Values.VOID;
                }
                run.setRoot(DatasetEdits.assign(run.root(), PathText.parseDirect(run.text(a.get(0))), value, run.codec()));
                return Values.VOID;
            }),
            Map.entry("delete", (run, a) -> {
                deleteAll(run, List.of(PathText.parseDirect(run.text(a.get(0)))));
                return Values.VOID;
            }),
            Map.entry("removeTags", (run, a) -> {
                List<TagPath> paths = new ArrayList<>();
                for (Object p : a) {
                    paths.addAll(run.paths(p));
                }
                deleteAll(run, paths);
                return Values.VOID;
            }),
            Map.entry("retainPrivateTags", Builtins::retainPrivateTags),
            Map.entry("isPresent", (run, a) -> {
                for (Object p : a) {
                    for (TagPath path : run.paths(p)) {
                        if (run.match(path).isEmpty()) {
                            return false;
                        }
                    }
                }
                return true;
            }),
            Map.entry("alterPixels", (run, a) -> {
                run.setRoot(PixelEditor.alter(run.root(), run.text(a.get(0)), run.text(a.get(1)), run.text(a.get(2)),
                        run.text(a.get(3))));
                return Values.VOID;
            }),
            Map.entry("normalizeString", (run, a) -> a.size() > 1
                    ? TextFunctions.normalizeString(run.text(a.get(0)), run.text(a.get(1)))
                    : TextFunctions.normalizeString(run.text(a.get(0)))),
            Map.entry("collectValues", (run, a) -> new ArrayList<Object>(collect(run, a))),
            Map.entry("blankValues", (run, a) -> {
                Set<String> values = collect(run, a);
                run.setRoot(blank(run.root(), values, run.codec()));
                return Values.VOID;
            }),
            Map.entry("reject", (run, a) -> {
                if (a.isEmpty() || Conditions.isTrue(a.get(0) instanceof TagPath p ? run.read(p) : a.get(0))) {
                    throw new ScriptRun.Rejection();
                }
                return Values.VOID;
            }),
            Map.entry("true", (run, a) -> Boolean.TRUE),
            Map.entry("false", (run, a) -> Boolean.FALSE),
            Map.entry("urlEncode", (run, a) -> TextFunctions.urlEncode(run.text(a.get(0)))),
            Map.entry("makeSessionLabel", (run, a) -> SessionLabels.make(run.text(a.get(0)),
                    run.session().existingSessions(), run.dialect())),
            // the DE4 generator "new UID" is applied by the DE4 engine itself (it needs the target's old value)
            Map.entry("UID", (run, a) -> run.session().newUidFor(null)));

    private Builtins() {
    }

    static Builtin implementation(FunctionSpec spec) {
        Builtin b = IMPLEMENTATIONS.get(spec.name());
        if (b == null) {
            throw new EvaluationException("function " + spec.name() + " has no implementation");
        }
        return b;
    }

    private interface ValueEdit {
        String apply(VR vr, String value);
    }

    /** Rewrites every value element matched by any path (all levels the paths reach), keeping VRs. */
    private static Object editValues(ScriptRun run, List<TagPath> paths, ValueEdit edit) {
        Dataset next = run.root();
        TextCodec codec = run.codec();
        for (TagPath path : paths) {
            for (Location location : PathMatcher.match(next, path)) {
                if (location.isItem() || Tag.isPrivateCreator(location.tag())) {
                    continue;
                }
                var element = DatasetEdits.element(next, location);
                if (element.isEmpty() || !(element.get() instanceof DicomElement.Value v)) {
                    continue;
                }
                String before = ValueText.read(v, codec);
                String after = edit.apply(v.vr(), before);
                if (after != null && !after.equals(before)) {
                    next = DatasetEdits.rewrite(next, location, after, codec);
                }
            }
        }
        run.setRoot(next);
        return Values.VOID;
    }

    private static Object hashUidList(ScriptRun run, List<Object> args) {
        List<TagPath> paths = new ArrayList<>();
        for (Object p : args) {
            paths.addAll(run.paths(p));
        }
        return editValues(run, paths, (vr, value) -> {
            if (vr != VR.UI) {
                run.warn("hashUIDList on a non-UI element (" + vr + ")");
            }
            if (value.isEmpty()) {
                return value;
            }
            List<String> out = new ArrayList<>();
            for (String part : value.split("\\\\", -1)) {
                out.add(part.isEmpty() ? part : Uids.hashUid(part));
            }
            return String.join("\\", out);
        });
    }

    private static String mapUid(ScriptRun run, String value, String prefix) {
        try {
            return run.session().uidMapper().map(value, prefix);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException("mapUID: " + e.getMessage(), e);
        }
    }

    private static String mapEach(ScriptRun run, String value, String prefix) {
        if (value.isEmpty()) {
            return value;
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split("\\\\", -1)) {
            out.add(part.isEmpty() ? part : mapUid(run, part, prefix));
        }
        return String.join("\\", out);
    }

    private static void deleteAll(ScriptRun run, List<TagPath> paths) {
        Dataset next = run.root();
        for (TagPath path : paths) {
            for (Location location : PathMatcher.match(next, path)) {
                next = DatasetEdits.delete(next, location);
            }
        }
        run.setRoot(next);
    }

    private static Object shiftValue(ScriptRun run, List<Object> a, String name, String defaultUnit, Set<VR> vrs) {
        Object date = a.get(0);
        if (date instanceof TagPath path) {
            List<Location> found = path.isSingular() ? run.match(path) : List.of();
            if (!path.isSingular()) {
                throw new EvaluationException(name + ": the path must name one element");
            }
            if (!found.isEmpty()) {
                DicomElement e = DatasetEdits.element(run.root(), found.get(0)).orElseThrow();
                if (!vrs.contains(e.vr())) {
                    throw new EvaluationException(name + ": " + PathText.of(path) + " has VR " + e.vr() + ", not "
                            + String.join(" or ", vrs.stream().map(VR::name).sorted().toList()));
                }
            }
        }
        int amount = DateTimeShifter.amount(name, run.text(a.get(1)));
        String unit = a.size() > 2 ? run.text(a.get(2)) : defaultUnit;
        return DateTimeShifter.shift(run.text(date), amount, unit);
    }

    private static Object scaleAge(ScriptRun run, List<Object> a) {
        Dataset root = run.root();
        TextCodec codec = run.codec();
        String dob = root.get(0x00100030).map(e -> ValueText.read(e, codec)).orElse(null);
        String study = root.get(0x00080020).map(e -> ValueText.read(e, codec)).orElse(null);
        String age = root.get(0x00101010).map(e -> ValueText.read(e, codec)).orElse(null);
        AgeCapping.Plan plan = AgeCapping.plan(dob, study, age);
        if (plan.warning() != null) {
            run.warn(plan.warning());
        }
        TagPath everyDob = PathText.parseDe6("*/(0010,0030)");
        TagPath everyAge = PathText.parseDe6("*/(0010,1010)");
        if (plan.birthDateShiftDays() > 0) {
            editValues(run, List.of(everyDob), (vr, value) -> value.isEmpty() ? value
                    : AgeCapping.shiftBirthDate(value, plan.birthDateShiftDays()));
        }
        if (plan.capAges()) {
            editValues(run, List.of(everyAge), (vr, value) -> value.isEmpty() ? value : AgeCapping.CAPPED_AGE);
        }
        return Values.VOID;
    }

    private static Object retainPrivateTags(ScriptRun run, List<Object> args) {
        Set<String> kept = new HashSet<>();
        for (Object p : args) {
            for (TagPath path : run.paths(p)) {
                if (!path.isPrivate()) {
                    throw new EvaluationException("retainPrivateTags: " + PathText.of(path) + " is not a private tag path");
                }
                for (Location location : run.match(path)) {
                    kept.add(location.path());
                }
            }
        }
        run.setRoot(Privates.retain(run.root(), kept));
        return Values.VOID;
    }

    /** {@code collectValues}: strings as given, paths as the values of every element they match. */
    private static Set<String> collect(ScriptRun run, List<Object> args) {
        Set<String> values = new LinkedHashSet<>();
        for (Object v : Values.flatten(args)) {
            if (v instanceof TagPath path) {
                for (Location location : run.match(path)) {
                    String text = run.readAt(location);
                    if (text != null && !location.isItem()) {
                        values.add(text);
                    }
                }
            } else if (v != null) {
                String text = run.text(v);
                if (text != null) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    /** {@code blankValues}: every text element anywhere whose value is one of {@code values} becomes empty. */
    static Dataset blank(Dataset ds, Set<String> values, TextCodec codec) {
        Dataset.Builder b = null;
        for (DicomElement e : ds) {
            DicomElement replacement = null;
            if (e instanceof DicomElement.Sequence seq) {
                DicomElement.Sequence changed = Privates.mapItems(seq, item -> blank(item, values, codec));
                replacement = changed == seq ? null : changed;
            } else if (e instanceof DicomElement.Value v && v.vr().kind() == VR.Kind.TEXT && !v.isBulk()
                    && !Tag.isPrivateCreator(e.tag())) {
                String text = ValueText.read(v, codec);
                if (!text.isEmpty() && values.contains(text)) {
                    replacement = DatasetEdits.encode(e.tag(), v.vr(), "", codec);
                }
            }
            if (replacement != null) {
                b = b == null ? ds.edit() : b;
                b.put(replacement);
            }
        }
        return b == null ? ds : b.build();
    }

    private static String getUrl(ScriptRun run, String url) {
        if (!run.session().allowNetwork()) {
            throw new EvaluationException("getURL needs network access, which is off for test-runs: "
                    + "pass --allow-network to anonscript run to allow it");
        }
        if (url == null) {
            throw new EvaluationException("getURL: the URL is null");
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = String.join("", response.body().lines().toList());
            if (body.isEmpty()) {
                throw new EvaluationException("getURL: empty response from " + url);
            }
            return body;
        } catch (IllegalArgumentException e) {
            throw new EvaluationException("getURL: malformed URL " + url, e);
        } catch (IOException e) {
            throw new EvaluationException("getURL: " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationException("getURL: interrupted", e);
        }
    }
}
