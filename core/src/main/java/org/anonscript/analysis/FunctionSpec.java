package org.anonscript.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anonscript.script.Dialect;

/**
 * One built-in of the catalogue ({@link Functions}): enough to check calls (arity, argument kinds,
 * result use, versions) and to document them (completion, signature help, hover).
 *
 * @param name          exact, case-sensitive name as called
 * @param parameters    formal parameters in order; only the last may be variadic
 * @param returns       the result kind
 * @param since         first DE6 version that has it (spec §14); empty for DE4-only entries
 * @param sincePlaced   false when §14 could not place it and {@code since} is the spec's default (6.6)
 * @param dialects      dialects it exists in
 * @param generator     a DE4 generator used as {@code new NAME} rather than called with brackets
 * @param hostProvided  supplied by the host application (XNAT upload clients), not the engine
 * @param doc           one-line documentation
 * @param example       one example call as a user would write it
 */
public record FunctionSpec(
        String name,
        List<Parameter> parameters,
        ReturnKind returns,
        Optional<String> since,
        boolean sincePlaced,
        Set<Dialect> dialects,
        boolean generator,
        boolean hostProvided,
        String doc,
        String example) {

    public FunctionSpec {
        parameters = List.copyOf(parameters);
        dialects = Set.copyOf(dialects);
        for (int i = 0; i < parameters.size() - 1; i++) {
            if (parameters.get(i).variadic()) {
                throw new IllegalArgumentException(name + ": only the last parameter may be variadic");
            }
        }
    }

    public int minArity() {
        int required = 0;
        for (int i = 0; i < parameters.size(); i++) { // indexed: no iterator per call on the hot path
            if (!parameters.get(i).optional()) {
                required++;
            }
        }
        return required;
    }

    /** {@link Integer#MAX_VALUE} when the last parameter is variadic. */
    public int maxArity() {
        if (!parameters.isEmpty() && parameters.get(parameters.size() - 1).variadic()) {
            return Integer.MAX_VALUE;
        }
        return parameters.size();
    }

    public boolean acceptsArity(int count) {
        return count >= minArity() && count <= maxArity();
    }

    /** The parameter that the argument at {@code index} binds to (variadic tails repeat), if any. */
    public Optional<Parameter> parameterAt(int index) {
        if (index < 0 || parameters.isEmpty()) {
            return Optional.empty();
        }
        if (index < parameters.size()) {
            return Optional.of(parameters.get(index));
        }
        Parameter last = parameters.get(parameters.size() - 1);
        return last.variadic() ? Optional.of(last) : Optional.empty();
    }

    public boolean existsIn(Dialect dialect) {
        return dialects.contains(dialect);
    }

    /** E.g. {@code substring[value, begin, end]}, or {@code new UID} for a generator. */
    public String signature() {
        if (generator) {
            return "new " + name;
        }
        return name + parameters.stream().map(Parameter::label).collect(Collectors.joining(", ", "[", "]"));
    }

    /** "0", "1", "2–3", "at least 1": how many arguments, for messages. */
    public String arityText() {
        int min = minArity();
        int max = maxArity();
        if (max == Integer.MAX_VALUE) {
            return "at least " + min;
        }
        return min == max ? Integer.toString(min) : min + " to " + max;
    }
}
