package org.anonscript.eval.builtins;

import java.time.DateTimeException;
import java.time.LocalDateTime;

import org.anonscript.eval.EvaluationException;

/**
 * The value-level part of DicomEdit's date shifting (spec §12.2 and the {@code shift…} functions of
 * §8.3): parse a DA/DT value, take the instant it stands for (midpoint rule), add a whole number of
 * seconds, and print the result with the input's components.
 *
 * <p>Examples from the spec: {@code 20200228} + 2 days is {@code 20200301}; {@code 20200101120000+0500}
 * + 10 s is {@code 20200101120010+0500} (the offset is copied, not applied); {@code 1960} …
 * {@code 19600519132435} shifted by 0 are unchanged.
 *
 * <p>The value-returning functions call {@link #shift}; the in-place list/sequence variants call
 * {@link #shiftElementValue}, which leaves empty values alone. Checking that a path argument names a DA
 * (or DA/DT) element is the evaluator's part.
 */
public final class DateTimeShifter {

    private DateTimeShifter() {
    }

    /**
     * {@code value} shifted by {@code amount} {@code unit}s ({@code years}, {@code days}, {@code hours},
     * {@code minutes}, {@code seconds}, any case).
     *
     * @throws EvaluationException for an unknown unit, a value that is not DA/DT (including null and
     *                             empty), an impossible date, or a result outside the representable years
     */
    public static String shift(String value, long amount, String unit) {
        return shiftBySeconds(value, ShiftUnit.named(unit).toSeconds(amount));
    }

    /** {@code value} shifted by {@code seconds} (negative moves it earlier). */
    public static String shiftBySeconds(String value, long seconds) {
        DicomDateTime parsed = DicomDateTime.parseOrFail(value);
        LocalDateTime instant = parsed.midpoint();
        try {
            return parsed.format(instant.plusSeconds(seconds));
        } catch (DateTimeException | ArithmeticException e) {
            throw new EvaluationException("Shifting '" + value + "' by " + seconds + " seconds leaves the calendar", e);
        }
    }

    /**
     * The in-place variants ({@code shiftDateTimeListByIncrement}, {@code shiftDateTimeSequenceByIncrement}):
     * like {@link #shift}, except that an empty or null element value is left as it is (spec §12.2).
     */
    public static String shiftElementValue(String value, long amount, String unit) {
        ShiftUnit shiftUnit = ShiftUnit.named(unit); // an unknown unit fails even when nothing is shifted
        if (value == null || value.isEmpty()) {
            return value;
        }
        return shiftBySeconds(value, shiftUnit.toSeconds(amount));
    }

    /**
     * The text of an amount argument as the reference reads it: an {@code int}, so {@code "-30"} is fine
     * and {@code "1.5"} is a runtime error.
     */
    public static int amount(String function, String text) {
        return IntegerArgument.parse(function, "amount", text);
    }
}
