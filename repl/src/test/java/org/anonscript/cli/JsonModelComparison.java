package org.anonscript.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Differences between two DICOM JSON Model documents, compared as data: numbers as numbers (FL at
 * float precision, FD at double precision, IS/DS and integers exactly), everything else exactly.
 */
final class JsonModelComparison {
    private final List<String> differences = new ArrayList<>();

    static List<String> differences(JsonObject expected, JsonObject actual) {
        JsonModelComparison comparison = new JsonModelComparison();
        comparison.dataset("", expected, actual);
        return comparison.differences;
    }

    private void dataset(String path, JsonObject expected, JsonObject actual) {
        Set<String> tags = new TreeSet<>(expected.keySet());
        tags.addAll(actual.keySet());
        for (String tag : tags) {
            String at = path + tag;
            if (!actual.has(tag)) {
                differences.add(at + ": missing, expected " + expected.get(tag));
            } else if (!expected.has(tag)) {
                differences.add(at + ": unexpected " + actual.get(tag));
            } else {
                element(at, expected.getAsJsonObject(tag), actual.getAsJsonObject(tag));
            }
        }
    }

    private void element(String path, JsonObject expected, JsonObject actual) {
        String vr = expected.get("vr").getAsString();
        if (!actual.get("vr").getAsString().equals(vr)) {
            differences.add(path + ": vr " + actual.get("vr") + ", expected " + vr);
            return;
        }
        if (!expected.keySet().equals(actual.keySet())) {
            differences.add(path + ": " + actual + ", expected " + expected);
            return;
        }
        if (expected.has("InlineBinary")
                && !expected.get("InlineBinary").equals(actual.get("InlineBinary"))) {
            differences.add(path + ": InlineBinary differs (" + actual.get("InlineBinary").getAsString().length()
                    + " vs " + expected.get("InlineBinary").getAsString().length() + " base64 characters)");
        }
        if (expected.has("Value")) {
            JsonArray e = expected.getAsJsonArray("Value");
            JsonArray a = actual.getAsJsonArray("Value");
            if (e.size() != a.size()) {
                differences.add(path + ": " + a.size() + " values " + a + ", expected " + e.size() + " " + e);
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                value(path + "[" + i + "]", vr, e.get(i), a.get(i));
            }
        }
    }

    private void value(String path, String vr, JsonElement expected, JsonElement actual) {
        if (vr.equals("SQ") && expected.isJsonObject() && actual.isJsonObject()) {
            dataset(path + ".", expected.getAsJsonObject(), actual.getAsJsonObject());
            return;
        }
        boolean same;
        if (expected.isJsonPrimitive() && expected.getAsJsonPrimitive().isNumber()
                && actual.isJsonPrimitive() && actual.getAsJsonPrimitive().isNumber()) {
            String e = expected.getAsString();
            String a = actual.getAsString();
            same = switch (vr) {
                case "FL" -> Float.parseFloat(e) == Float.parseFloat(a);
                case "FD" -> Double.parseDouble(e) == Double.parseDouble(a);
                default -> new BigDecimal(e).compareTo(new BigDecimal(a)) == 0;
            };
        } else {
            same = expected.equals(actual);
        }
        if (!same) {
            differences.add(path + ": " + actual + ", expected " + expected);
        }
    }
}
