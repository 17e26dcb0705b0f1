package org.anonscript.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anonscript.script.Condition;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.Statement;

/**
 * Checks of calls and values: unknown functions (DE101), arity (DE102), argument kinds (DE103, DE209),
 * procedures as values (DE107), boolean/string mix-ups (DE108), wildcard paths read as values (DE207),
 * format patterns (DE401), regexes (DE402, DE403), lists as values (DE405) and {@code getURL} (DE409).
 */
final class ExpressionChecks {

    /** How a value is used: this decides what is wrong with it. */
    private enum Use { TAG_VALUE, VARIABLE_VALUE, ECHO, COMPARISON, CONDITION, STATEMENT, ARGUMENT }

    private static final Set<String> UNITS = Set.of("years", "days", "hours", "minutes", "seconds");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final String HEX4 = "[0-9A-Fa-f]{4}";
    private static final String DIRECT_STEP = "\\s*\\(\\s*" + HEX4 + "\\s*,\\s*" + HEX4 + "\\s*\\)\\s*(?:\\[\\s*\\d+\\s*\\]\\s*)?";
    private static final Pattern DIRECT_PATH = Pattern.compile(DIRECT_STEP + "(?:/" + DIRECT_STEP + ")*");
    private static final String W4 = "[0-9A-Fa-fXx@#]{4}";
    private static final String DE6_STEP = "\\s*(?:[*+.]|\\(\\s*" + W4 + "\\s*,\\s*(?:\\{[A-Za-z][A-Za-z0-9 \\-_.:]*\\}"
            + "[0-9A-Fa-fXx@#]{2}|" + W4 + ")\\s*\\)(?:\\[\\s*(?:\\d+|%)\\s*\\])?)\\s*";
    private static final Pattern DE6_PATH = Pattern.compile(DE6_STEP + "(?:/" + DE6_STEP + ")*");
    private static final Pattern GROUP = Pattern.compile("\\(\\s*([0-9A-Fa-fXx@#]{4})\\s*,");
    private static final Pattern PIXEL_PARAM = Pattern.compile("\\s*([a-z])\\s*=\\s*\\d+\\s*");
    private static final Pattern FILE_META = Pattern.compile("\\s*\\(\\s*0002\\s*,[^/]*$");
    private static final Pattern REGEX_META = Pattern.compile("[\\\\.\\[\\]{}()*+?^$|]");

    private final AnalysisContext ctx;

    private ExpressionChecks(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    static void run(AnalysisContext ctx) {
        ExpressionChecks checks = new ExpressionChecks(ctx);
        for (Statement s : ctx.nodes.statements) {
            checks.statement(s);
        }
    }

    private void statement(Statement statement) {
        for (Condition c : Nodes.ownConditions(statement)) {
            condition(c);
        }
        if (statement instanceof Statement.TagAssignment a) {
            value(a.value(), Use.TAG_VALUE, Optional.empty());
        } else if (statement instanceof Statement.VariableAssignment a) {
            value(a.value(), Use.VARIABLE_VALUE, Optional.empty());
        } else if (statement instanceof Statement.CallStatement c) {
            value(c.call(), Use.STATEMENT, Optional.empty());
        } else if (statement instanceof Statement.Echo e) {
            e.value().ifPresent(v -> value(v, Use.ECHO, Optional.empty()));
        }
    }

    private void condition(Condition condition) {
        if (condition instanceof Condition.CallCondition c) {
            value(c.call(), Use.CONDITION, Optional.empty());
            return;
        }
        Condition.Comparison c = (Condition.Comparison) condition;
        value(c.left(), Use.COMPARISON, Optional.empty());
        value(c.right(), Use.COMPARISON, Optional.empty());
        booleanComparedWithText(c.left(), c.right());
        booleanComparedWithText(c.right(), c.left());
        boolean regex = c.op() == Condition.Operator.MATCHES || c.op() == Condition.Operator.NOT_MATCHES;
        if (regex && c.right() instanceof Expression.StringLiteral pattern) {
            if (!regexLiteral(pattern) && !REGEX_META.matcher(pattern.value()).find()) {
                String plain = c.op() == Condition.Operator.MATCHES ? "=" : "!=";
                ctx.report(DiagnosticCode.DE403, c.opRange(), "\"" + pattern.value()
                        + "\" has no regex characters; " + plain + " compares the same way more plainly",
                        Map.of("replacement", plain));
            }
        }
    }

    private void booleanComparedWithText(Expression maybeBoolean, Expression other) {
        if (returns(maybeBoolean).equals(Optional.of(ReturnKind.BOOLEAN))
                && other instanceof Expression.StringLiteral s
                && !s.value().equals("true") && !s.value().equals("false")) {
            ctx.report(DiagnosticCode.DE108, other.range(), "a boolean is compared with \"" + s.value()
                    + "\"; it only ever equals \"true\" or \"false\" — use the call itself as the condition");
        }
    }

    private Optional<ReturnKind> returns(Expression e) {
        if (e instanceof Expression.FunctionCall f) {
            return Functions.lookup(f.name().name(), ctx.dialect).map(FunctionSpec::returns);
        }
        return Optional.empty();
    }

    private void value(Expression e, Use use, Optional<Parameter> param) {
        if (e instanceof Expression.FunctionCall || e instanceof Expression.ImplicitFormat) {
            indexCheck(ctx, e);
        }
        if (e instanceof Expression.FunctionCall call) {
            call(call, use, param);
        } else if (e instanceof Expression.PathExpr p) {
            boolean pattern = param.map(pp -> pp.kind().takesPathAsPattern()).orElse(false);
            if (!pattern && !p.path().isSingular()) {
                ctx.report(DiagnosticCode.DE207, p.range(), "this path can match several elements, but a value "
                        + "needs exactly one: give every sequence an item index and remove wildcards");
            }
        } else if (e instanceof Expression.ListExpr list) {
            if (use == Use.TAG_VALUE || use == Use.COMPARISON) {
                ctx.report(DiagnosticCode.DE405, list.range(), use == Use.TAG_VALUE
                        ? "a list has no defined text: assign one value, or join them with concatenate[…]"
                        : "comparing a list gives unspecified results: compare one value");
            }
            for (Expression entry : list.entries()) {
                value(entry, Use.ARGUMENT, param);
            }
        } else if (e instanceof Expression.VariableRef ref) {
            if (use == Use.TAG_VALUE || use == Use.COMPARISON) {
                ctx.variables.variable(ref.name().name()).filter(VariableAnalysis.Variable::mayHoldList)
                        .ifPresent(v -> ctx.report(DiagnosticCode.DE405, ref.range(), "variable " + ref.name().name()
                                + " holds a list, which has no defined text here"));
            }
        } else if (e instanceof Expression.ImplicitFormat f) {
            formatPattern(f.pattern());
            for (Expression arg : f.args()) {
                value(arg, Use.ARGUMENT, Optional.of(Parameter.required("value", ParameterKind.STRING)));
            }
        } else if (e instanceof Expression.NewGenerator g) {
            if (Functions.generator(g.name().name()).isEmpty()) {
                ctx.report(DiagnosticCode.DE101, g.name().range(), "unknown generator " + g.name().name()
                        + ": DicomEdit 4 builds in only new UID", Map.of("suggestion", "UID"));
            }
            g.args().forEach(a -> value(a, Use.ARGUMENT, Optional.empty()));
        }
    }

    private void call(Expression.FunctionCall call, Use use, Optional<Parameter> param) {
        String name = call.name().name();
        Optional<FunctionSpec> found = Functions.lookup(name, ctx.dialect);
        if (found.isEmpty()) {
            unknownFunction(call);
            call.args().forEach(a -> value(a, Use.ARGUMENT, Optional.empty()));
            return;
        }
        FunctionSpec spec = found.get();
        if (!spec.acceptsArity(call.args().size())) {
            ctx.report(DiagnosticCode.DE102, call.range(), name + " takes " + spec.arityText() + " argument"
                    + (spec.maxArity() == 1 ? "" : "s") + ", not " + call.args().size() + ": " + spec.signature(),
                    Map.of("expected", spec.arityText(), "signature", spec.signature()));
        }
        for (int i = 0; i < call.args().size(); i++) {
            Expression arg = call.args().get(i);
            Optional<Parameter> p = spec.parameterAt(i);
            p.ifPresent(pp -> argument(spec, pp, arg));
            value(arg, Use.ARGUMENT, p);
        }
        if (spec.returns() == ReturnKind.VOID && use != Use.STATEMENT) {
            ctx.report(DiagnosticCode.DE107, call.range(), name + " changes the dataset and returns nothing; "
                    + "call it as a statement of its own");
        } else if (use == Use.CONDITION && spec.returns() != ReturnKind.BOOLEAN) {
            ctx.report(DiagnosticCode.DE108, call.range(), name + " returns text, which is true only when it "
                    + "reads \"true\": compare it (= or ~) or use a boolean function such as isPresent");
        } else if (use == Use.ARGUMENT && spec.returns() == ReturnKind.BOOLEAN && param.isPresent()
                && param.get().kind() != ParameterKind.BOOLEAN && param.get().kind() != ParameterKind.VALUES) {
            ctx.report(DiagnosticCode.DE108, call.range(), name + " returns a boolean, which is passed on as the "
                    + "text true or false; a string was expected here");
        } else if (use == Use.ARGUMENT && spec.returns().isStringLike() && param.isPresent()
                && param.get().kind() == ParameterKind.BOOLEAN) {
            ctx.report(DiagnosticCode.DE108, call.range(), "a boolean is expected here, but " + name
                    + " returns text");
        }
        if (name.equals("getURL")) {
            ctx.report(DiagnosticCode.DE409, call.name().range(), "getURL fetches over the network; test-runs "
                    + "perform it only when network access is allowed in the configuration");
        }
    }

    private void unknownFunction(Expression.FunctionCall call) {
        String name = call.name().name();
        Optional<Functions.Suggestion> advice = Functions.didYouMean(name, ctx.dialect);
        String message = "unknown function " + name + advice.map(s -> ": " + s.explanation()).orElse("");
        Map<String, String> data = advice.flatMap(Functions.Suggestion::replacement)
                .map(r -> Map.of("suggestion", r)).orElse(Map.of());
        if (ctx.dialect == Dialect.DE6 && name.indexOf('_') > 0 && advice.isEmpty()) {
            // namespace_name[…] is how hosts register extra functions (spec §8.1): cannot be checked here
            ctx.report(new Diagnostic(DiagnosticCode.DE101, Severity.WARNING, call.name().range(),
                    message + " (a host-registered function? anonscript cannot check it)", data));
            return;
        }
        ctx.report(DiagnosticCode.DE101, call.name().range(), message, data);
    }

    /** DE103/DE209/DE401/DE402 on one argument whose parameter kind is known. */
    private void argument(FunctionSpec spec, Parameter param, Expression arg) {
        if (arg instanceof Expression.ListExpr list && !param.kind().acceptsList()) {
            kind(arg, spec.name() + " takes a single " + param.name() + " here, not a list");
            return;
        }
        switch (param.kind()) {
            case INTEGER -> {
                if (arg instanceof Expression.NumberLiteral n && !INTEGER.matcher(n.text()).matches()
                        || arg instanceof Expression.StringLiteral s && !INTEGER.matcher(s.value().trim()).matches()) {
                    kind(arg, param.name() + " of " + spec.name() + " must be a whole number");
                }
            }
            case TIME_UNIT -> {
                String unit = arg instanceof Expression.StringLiteral s ? s.value()
                        : arg instanceof Expression.NumberLiteral n ? n.text() : null;
                if (unit != null && !UNITS.contains(unit.trim().toLowerCase(Locale.ROOT))) {
                    kind(arg, "unknown unit \"" + unit + "\": use years, days, hours, minutes or seconds",
                            Map.of("expected", "years, days, hours, minutes, seconds"));
                }
            }
            case PATH, PATH_OR_LIST, PRIVATE_PATH_OR_LIST -> pathArgument(spec, param, arg);
            case DIRECT_PATH -> directPath(spec, arg);
            case REGEX -> {
                if (arg instanceof Expression.StringLiteral s) {
                    regexLiteral(s);
                }
            }
            case FORMAT_PATTERN -> {
                if (arg instanceof Expression.StringLiteral s) {
                    formatPattern(s);
                }
            }
            case SHAPE -> fixedWord(arg, "rectangle", "shape");
            case FILL -> fixedWord(arg, "solid", "fill");
            case SHAPE_PARAMS -> pixelParams(arg, Set.of("l", "t", "r", "b"), "\"l=<left>, t=<top>, r=<right>, b=<bottom>\"");
            case FILL_PARAMS -> pixelParams(arg, Set.of("v"), "\"v=<pixel value>\"");
            case BOOLEAN -> {
                if (arg instanceof Expression.StringLiteral s && !s.value().equalsIgnoreCase("true")
                        && !s.value().equalsIgnoreCase("false") || arg instanceof Expression.NumberLiteral) {
                    kind(arg, param.name() + " of " + spec.name() + " is a boolean: write true[] or false[]");
                }
            }
            default -> {
            }
        }
    }

    private void pathArgument(FunctionSpec spec, Parameter param, Expression arg) {
        if (arg instanceof Expression.NumberLiteral) {
            kind(arg, spec.name() + " takes tag paths, not a number");
        } else if (arg instanceof Expression.StringLiteral s) {
            if (!DE6_PATH.matcher(s.value()).matches()) {
                kind(arg, "\"" + s.value() + "\" is not a tag path; write it like \"*/(0008,1155)\" or pass the path itself");
            } else if (param.kind() == ParameterKind.PRIVATE_PATH_OR_LIST && !privateGroup(lastGroup(s.value()))) {
                kind(arg, spec.name() + " keeps private elements only; \"" + s.value() + "\" is a public tag");
            }
        } else if (arg instanceof Expression.PathExpr p && param.kind() == ParameterKind.PRIVATE_PATH_OR_LIST
                && !p.path().isPrivate()) {
            kind(arg, spec.name() + " keeps private elements only; this path addresses a public tag");
        } else if (arg instanceof Expression.ListExpr list) {
            list.entries().forEach(e -> pathArgument(spec, param, e));
        }
    }

    private void directPath(FunctionSpec spec, Expression arg) {
        if (arg instanceof Expression.StringLiteral s) {
            if (!DIRECT_PATH.matcher(s.value()).matches()) {
                ctx.report(DiagnosticCode.DE209, s.range(), spec.name() + " takes direct notation: "
                        + "\"(gggg,eeee)\" steps with [n] items, hex digits only, no wildcards or {creator}");
            } else if (FILE_META.matcher(s.value()).lookingAt()) {
                ctx.report(DiagnosticCode.DE210, s.range(), "file meta (group 0002) is rewritten when the file is "
                        + "saved: (0002,0002)/(0002,0003) are copied from (0008,0016)/(0008,0018)");
            }
        } else if (arg instanceof Expression.PathExpr p) {
            Map<String, String> data = p.path().isSingular() && p.path().steps().stream()
                    .noneMatch(st -> st instanceof org.anonscript.script.PathStep.TagStep t && t.tag().creator().isPresent())
                    ? Map.of("replacement", "\"" + ctx.parsed.source().text().substring(p.range().start().offset(),
                            p.range().end().offset()) + "\"")
                    : Map.of();
            kind(arg, spec.name() + " takes the path as a string in direct notation, e.g. \"(0010,0010)\"", data);
        } else if (arg instanceof Expression.NumberLiteral) {
            kind(arg, spec.name() + " takes a path string such as \"(0010,0010)\", not a number");
        }
    }

    private void fixedWord(Expression arg, String known, String what) {
        if (arg instanceof Expression.StringLiteral s && !s.value().equals(known)) {
            kind(arg, "unknown alterPixels " + what + " \"" + s.value() + "\": the engine knows \"" + known + "\"",
                    Map.of("replacement", "\"" + known + "\""));
        }
    }

    private void pixelParams(Expression arg, Set<String> keys, String form) {
        if (!(arg instanceof Expression.StringLiteral s)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String part : s.value().split(",", -1)) {
            Matcher m = PIXEL_PARAM.matcher(part);
            if (!m.matches() || !keys.contains(m.group(1)) || !seen.add(m.group(1))) {
                ok = false;
                break;
            }
        }
        if (!ok || !seen.equals(keys)) {
            kind(arg, "malformed alterPixels parameters \"" + s.value() + "\": write " + form);
        }
    }

    /** DE402 for a literal regex that does not compile; returns whether it was reported. */
    private boolean regexLiteral(Expression.StringLiteral s) {
        Optional<String> error = ctx.regexError(s.value());
        error.ifPresent(e -> ctx.report(new Diagnostic(DiagnosticCode.DE402, Severity.ERROR, s.range(),
                "this regular expression does not compile: " + e, Map.of())));
        return error.isPresent();
    }

    /** DE401: an unmatched quote or brace (indexes beyond the arguments: {@link #indexCheck}). */
    private void formatPattern(Expression.StringLiteral pattern) {
        String p = pattern.value();
        boolean quoted = false;
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) == '\'') {
                if (i + 1 < p.length() && p.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            }
        }
        if (quoted) {
            ctx.report(DiagnosticCode.DE401, pattern.range(), "an unmatched ' starts a quoted section that "
                    + "hides the rest of the pattern; write '' for an apostrophe",
                    Map.of("replacement", "\"" + pattern.raw().replace("'", "''") + "\""));
            return;
        }
        ctx.formatPattern(p).error().ifPresent(e -> ctx.report(DiagnosticCode.DE401, pattern.range(),
                "malformed format pattern (" + e + "); placeholders are {0}, {1}, …"));
    }

    /** DE401: a {@code {n}} beyond the arguments of {@code format[…]} or a DE4 implicit format. */
    private static void indexCheck(AnalysisContext ctx, Expression e) {
        Expression.StringLiteral pattern;
        List<Expression> args;
        if (e instanceof Expression.FunctionCall f && f.name().name().equals("format") && !f.args().isEmpty()
                && f.args().get(0) instanceof Expression.StringLiteral s) {
            pattern = s;
            args = f.args().subList(1, f.args().size());
        } else if (e instanceof Expression.ImplicitFormat f) {
            pattern = f.pattern();
            args = f.args();
        } else {
            return;
        }
        for (Expression arg : args) {
            boolean unknownCount = arg instanceof Expression.ListExpr
                    || arg instanceof Expression.FunctionCall fc && fc.name().name().equals("collectValues")
                    || arg instanceof Expression.VariableRef v && ctx.variables.variable(v.name().name())
                            .map(VariableAnalysis.Variable::mayHoldList).orElse(false);
            if (unknownCount) {
                return;
            }
        }
        AnalysisContext.FormatPattern parsed = ctx.formatPattern(pattern.value());
        if (parsed.error().isPresent()) {
            return;
        }
        int needed = parsed.arguments();
        if (needed > args.size()) {
            ctx.report(DiagnosticCode.DE401, pattern.range(), "the pattern uses {" + (needed - 1) + "} but only "
                    + args.size() + " argument" + (args.size() == 1 ? " follows" : "s follow")
                    + "; placeholders count from {0}", Map.of("arguments", Integer.toString(args.size())));
        }
    }

    private static String lastGroup(String path) {
        Matcher m = GROUP.matcher(path);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static boolean privateGroup(String group) {
        if (group.isEmpty()) {
            return false;
        }
        char c = group.charAt(3);
        return c == '#' || Character.digit(c, 16) >= 0 && (Character.digit(c, 16) & 1) == 1;
    }

    private void kind(Expression arg, String message) {
        ctx.report(DiagnosticCode.DE103, arg.range(), message);
    }

    private void kind(Expression arg, String message, Map<String, String> data) {
        ctx.report(DiagnosticCode.DE103, arg.range(), message, data);
    }
}
