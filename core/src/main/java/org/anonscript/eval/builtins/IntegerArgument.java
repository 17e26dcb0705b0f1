package org.anonscript.eval.builtins;

import org.anonscript.eval.EvaluationException;

/**
 * Converts the text of a numeric argument (DicomEdit numbers are text until a function needs a number,
 * spec §2.4) to an {@code int} the way the reference engine does, with {@link Integer#parseInt}: an
 * optional sign and decimal digits only, so {@code "1.5"}, {@code " 2"} and {@code "1e3"} are runtime errors.
 */
public final class IntegerArgument {

    private IntegerArgument() {
    }

    /**
     * @param function the function whose argument this is, for the message
     * @param role     what the argument means ({@code "amount"}, {@code "begin index"}, …), for the message
     */
    public static int parse(String function, String role, String text) {
        if (text == null) {
            throw new EvaluationException(function + ": " + role + " is null, an integer is required");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new EvaluationException(function + ": " + role + " must be an integer, not '" + text + "'");
        }
    }
}
