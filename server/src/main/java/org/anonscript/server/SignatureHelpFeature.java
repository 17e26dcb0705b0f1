package org.anonscript.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.Parameter;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Signature help inside {@code name[ … ]} (issue 5, item 4). Works on the text, not the AST, so it
 * also helps while the call is half typed and does not parse yet.
 */
public final class SignatureHelpFeature {

    /** An open call around the cursor: the function name and which argument the cursor is in. */
    record OpenCall(String name, int argument) {
    }

    public Optional<SignatureHelp> help(Snapshot doc, int offset) {
        return openCall(doc.text(), offset).flatMap(call -> Functions.lookup(call.name(), doc.script().dialect())
                .map(spec -> help(spec, call.argument())));
    }

    private static SignatureHelp help(FunctionSpec spec, int argument) {
        List<ParameterInformation> params = spec.parameters().stream()
                .map(p -> new ParameterInformation(p.label(), describe(p))).toList();
        SignatureInformation info = new SignatureInformation(spec.signature(),
                new MarkupContent(MarkupKind.MARKDOWN, spec.doc()), params);
        int active = argument < spec.parameters().size() ? argument
                : spec.parameterAt(argument).isPresent() ? spec.parameters().size() - 1 : argument;
        info.setActiveParameter(active);
        SignatureHelp help = new SignatureHelp(List.of(info), 0, active);
        return help;
    }

    private static String describe(Parameter p) {
        String kind = p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return kind + (p.variadic() ? ", repeats" : "") + (p.optional() ? ", optional" : "");
    }

    /** Scans from the start: brackets, strings and comments are tracked so commas inside them do not count. */
    static Optional<OpenCall> openCall(String text, int offset) {
        record Frame(char bracket, int at, int commas) {
        }
        Deque<Frame> stack = new ArrayDeque<>();
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> {
                    int j = i + 1;
                    while (j < end && text.charAt(j) != '"' && text.charAt(j) != '\n') {
                        j += text.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (j >= end) {
                        i = end;
                    } else {
                        i = j;
                    }
                }
                case '/' -> {
                    if (i + 1 < end && text.charAt(i + 1) == '/') {
                        while (i < end && text.charAt(i) != '\n') {
                            i++;
                        }
                        i--;
                    }
                }
                case '[', '(', '{' -> stack.push(new Frame(c, i, 0));
                case ']', ')', '}' -> {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                }
                case ',' -> {
                    if (!stack.isEmpty()) {
                        Frame f = stack.pop();
                        stack.push(new Frame(f.bracket(), f.at(), f.commas() + 1));
                    }
                }
                case '\n' -> {
                    // tags and conditions never span lines: an unclosed ( there is a typo, not an open call
                    while (!stack.isEmpty() && stack.peek().bracket() == '(') {
                        stack.pop();
                    }
                }
                default -> {
                }
            }
        }
        for (Frame f : stack) {
            if (f.bracket() == '[') {
                int nameEnd = f.at();
                int nameStart = nameEnd;
                while (nameStart > 0 && CompletionFeature.isWordChar(text.charAt(nameStart - 1))) {
                    nameStart--;
                }
                if (nameStart == nameEnd) {
                    return Optional.empty();
                }
                return Optional.of(new OpenCall(text.substring(nameStart, nameEnd), f.commas()));
            }
            if (f.bracket() == '(') {
                continue;
            }
            // inside a list: the list is one argument of the enclosing call, so keep looking outwards
        }
        return Optional.empty();
    }
}
