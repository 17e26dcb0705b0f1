package org.anonscript.server;

import org.anonscript.script.Keywords;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.Parameter;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.analysis.VersionFeatures;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.script.Dialect;
import org.anonscript.script.SourceText;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemLabelDetails;
import org.eclipse.lsp4j.CompletionItemTag;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion (issue 5, item 3). Inside {@code (…} DICOM tags by keyword, name or number prefix; on a bare
 * word tags, functions (as snippets), variables and keywords; after {@code version "} the supported
 * versions. Ranked: exact and prefix matches first, non-retired before retired. Documentation is added
 * on {@code completionItem/resolve}.
 */
public final class CompletionFeature {

    /** Tag candidates per request; the list is marked incomplete so the client asks again as the user types. */
    static final int TAG_LIMIT = 150;


    private final Dictionary dictionary = Dictionary.standard();
    private final HoverFeature hover = new HoverFeature();

    public CompletionList complete(Snapshot doc, int offset, CancelChecker cancel) {
        SourceText source = doc.source();
        String text = doc.text();
        int lineStart = offset - source.positionAt(offset).column();
        String before = text.substring(lineStart, offset);
        List<CompletionItem> items = new ArrayList<>();
        if (before.stripLeading().startsWith("version") && before.indexOf('"') >= 0 && count(before, '"') == 1) {
            int quote = lineStart + before.indexOf('"');
            Range replace = Lsp.range(source.range(quote, endOfString(text, offset)));
            for (String v : VersionFeatures.SUPPORTED) {
                CompletionItem item = new CompletionItem("\"" + v + "\"");
                item.setKind(CompletionItemKind.Value);
                item.setTextEdit(Either.forLeft(new TextEdit(replace, "\"" + v + "\"")));
                item.setSortText(String.format("%02d", VersionFeatures.SUPPORTED.size() - VersionFeatures.SUPPORTED.indexOf(v)));
                items.add(item);
            }
            return new CompletionList(false, items);
        }
        if (count(before, '"') % 2 == 1 || before.contains("//")) {
            return new CompletionList(false, items);
        }
        int open = before.lastIndexOf('(');
        if (open >= 0 && before.indexOf(')', open) < 0 && isTagPrefix(before.substring(open + 1))) {
            String prefix = before.substring(open + 1).trim();
            int end = offset < text.length() && text.charAt(offset) == ')' ? offset + 1 : offset;
            Range replace = Lsp.range(source.range(lineStart + open, end));
            // every group number starts with a digit; keywords and names start with a letter
            boolean numeric = !prefix.isEmpty() && Character.isDigit(prefix.charAt(0));
            addTags(items, prefix, replace, true, numeric, cancel);
            return new CompletionList(true, items);
        }
        int wordStart = offset;
        while (wordStart > lineStart && isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, offset);
        Range replace = Lsp.range(source.range(wordStart, offset));
        Dialect dialect = doc.script().dialect();
        for (FunctionSpec f : Functions.forDialect(dialect)) {
            if (matches(f.name(), word)) {
                items.add(function(f, dialect, replace, rank(f.name(), word)));
            }
        }
        for (String name : variableNames(doc, wordStart, offset)) {
            if (matches(name, word)) {
                CompletionItem item = new CompletionItem(name);
                item.setKind(CompletionItemKind.Variable);
                item.setTextEdit(Either.forLeft(new TextEdit(replace, name)));
                item.setSortText(rank(name, word) + "0" + name);
                items.add(item);
            }
        }
        for (String k : Keywords.of(dialect)) {
            if (matches(k, word)) {
                CompletionItem item = new CompletionItem(k);
                item.setKind(CompletionItemKind.Keyword);
                item.setTextEdit(Either.forLeft(new TextEdit(replace, k)));
                item.setSortText(rank(k, word) + "2" + k);
                items.add(item);
            }
        }
        if (!word.isEmpty()) {
            addTags(items, word, replace, false, false, cancel);
        }
        return new CompletionList(true, items);
    }

    /** Adds documentation to an item this feature produced. */
    public CompletionItem resolve(CompletionItem item) {
        if (!(item.getData() instanceof JsonObject data) || !data.has("kind")) {
            return item;
        }
        String markdown = null;
        switch (data.get("kind").getAsString()) {
            case "tag" -> {
                int tag = data.get("tag").getAsInt();
                markdown = hover.tagText(new org.anonscript.script.TagPattern(String.format("%04X", tag >>> 16),
                        String.format("%04X", tag & 0xFFFF), Optional.empty(), org.anonscript.script.Range.EMPTY));
            }
            case "function" -> markdown = Functions.lookup(data.get("name").getAsString(),
                    Dialect.valueOf(data.get("dialect").getAsString())).map(HoverFeature::functionText).orElse(null);
            default -> {
            }
        }
        if (markdown != null) {
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, markdown));
        }
        return item;
    }

    private void addTags(List<CompletionItem> items, String prefix, Range replace, boolean inParens, boolean numeric,
            CancelChecker cancel) {
        List<DictionaryEntry> found = dictionary.search(prefix, TAG_LIMIT);
        int i = 0;
        for (DictionaryEntry e : found) {
            cancel.checkCanceled();
            if (e.isRepeating() || e.keyword().isEmpty()) {
                continue;
            }
            String tagText = e.tagText();
            CompletionItem item = new CompletionItem(e.name());
            item.setLabelDetails(labelDetails(e));
            item.setKind(CompletionItemKind.Field);
            item.setDetail(tagText + " " + e.keyword() + (e.vr().isEmpty() ? "" : " " + e.vr()));
            item.setTextEdit(Either.forLeft(new TextEdit(replace, tagText)));
            item.setFilterText(inParens ? "(" + (numeric ? tagText.substring(1) : e.keyword()) : e.keyword());
            boolean exact = e.keyword().equalsIgnoreCase(prefix) || tagText.equalsIgnoreCase(prefix)
                    || tagText.equalsIgnoreCase("(" + prefix + ")");
            // the dictionary's order already puts prefix matches, non-retired and short keywords first
            item.setSortText((exact ? "0" : "1") + "3" + String.format("%05d", i++));
            if (e.retired()) {
                item.setTags(List.of(CompletionItemTag.Deprecated));
            }
            JsonObject data = new JsonObject();
            data.addProperty("kind", "tag");
            data.addProperty("tag", e.tag());
            item.setData(data);
            items.add(item);
        }
    }

    private static CompletionItemLabelDetails labelDetails(DictionaryEntry e) {
        CompletionItemLabelDetails d = new CompletionItemLabelDetails();
        d.setDetail(" " + e.tagText());
        d.setDescription(e.keyword() + (e.retired() ? " (retired)" : ""));
        return d;
    }

    private static CompletionItem function(FunctionSpec f, Dialect dialect, Range replace, String rank) {
        CompletionItem item = new CompletionItem(f.name());
        item.setKind(CompletionItemKind.Function);
        item.setDetail(f.signature());
        item.setInsertTextFormat(InsertTextFormat.Snippet);
        item.setTextEdit(Either.forLeft(new TextEdit(replace, snippet(f))));
        item.setSortText(rank + "1" + f.name());
        JsonObject data = new JsonObject();
        data.addProperty("kind", "function");
        data.addProperty("name", f.name());
        data.addProperty("dialect", dialect.name());
        item.setData(data);
        return item;
    }

    /** {@code substring[${1:value}, ${2:begin}, ${3:end}]}: required parameters become placeholders. */
    static String snippet(FunctionSpec f) {
        StringBuilder s = new StringBuilder(f.name()).append('[');
        int n = 0;
        for (Parameter p : f.parameters()) {
            if (p.optional() && n > 0) {
                break;
            }
            s.append(n == 0 ? "" : ", ").append("${").append(++n).append(':').append(p.name()).append('}');
            if (p.optional()) {
                break;
            }
        }
        return s.append("]$0").toString();
    }

    /** Variables of the script (not the half-typed word itself), bound names and XNAT's names. */
    private static Set<String> variableNames(Snapshot doc, int wordStart, int wordEnd) {
        Set<String> names = new LinkedHashSet<>();
        for (VariableAnalysis.Variable v : doc.variables().variables()) {
            boolean onlyTheWordBeingTyped = v.occurrences().stream().allMatch(
                    id -> id.range().start().offset() == wordStart && id.range().end().offset() == wordEnd);
            if (!onlyTheWordBeingTyped) {
                names.add(v.name());
            }
        }
        names.addAll(doc.config().bindings().keySet());
        names.addAll(AnalysisOptions.HOST_VARIABLES);
        return names;
    }

    /** "0" for an exact match, "1" for a prefix, "2" otherwise (subsequence). */
    private static String rank(String candidate, String word) {
        if (candidate.equalsIgnoreCase(word)) {
            return "0";
        }
        return candidate.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT)) ? "1" : "2";
    }

    /** Prefix or in-order subsequence, ignoring case (what editors call fuzzy). */
    static boolean matches(String candidate, String word) {
        String c = candidate.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        int i = 0;
        for (int j = 0; j < c.length() && i < w.length(); j++) {
            if (c.charAt(j) == w.charAt(i)) {
                i++;
            }
        }
        return i == w.length() && (w.isEmpty() || c.charAt(0) == w.charAt(0));
    }

    private static boolean isTagPrefix(String s) {
        return s.matches("[\\s0-9A-Za-z,'\\- ]*");
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static int endOfString(String text, int offset) {
        int close = text.indexOf('"', offset);
        int newline = text.indexOf('\n', offset);
        return close >= 0 && (newline < 0 || close < newline) ? close + 1 : offset;
    }
}
