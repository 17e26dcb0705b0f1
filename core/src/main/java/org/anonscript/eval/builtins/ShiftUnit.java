package org.anonscript.eval.builtins;

import java.util.Locale;

import org.anonscript.eval.EvaluationException;

/**
 * The units accepted by DicomEdit's shift functions (spec §8.3 "units"): a fixed number of seconds each,
 * so {@code years} is exactly 365 days (leap days are not special), as in the reference engine.
 */
public enum ShiftUnit {
    YEARS(365L * 24 * 60 * 60),
    DAYS(24L * 60 * 60),
    HOURS(60L * 60),
    MINUTES(60L),
    SECONDS(1L);

    private final long seconds;

    ShiftUnit(long seconds) {
        this.seconds = seconds;
    }

    /** Seconds in one unit. */
    public long seconds() {
        return seconds;
    }

    /** {@code amount} of this unit in seconds; an amount too large for a {@code long} is a runtime error. */
    public long toSeconds(long amount) {
        try {
            return Math.multiplyExact(amount, seconds);
        } catch (ArithmeticException e) {
            throw new EvaluationException("time shift of " + amount + " " + name().toLowerCase(Locale.ROOT) + " is too large");
        }
    }

    /**
     * The unit named {@code name}, compared case-insensitively ({@code "Days"} is {@code days}); anything
     * else, including null, is the reference's "Unsupported time-shift units" runtime error.
     */
    public static ShiftUnit named(String name) {
        if (name != null) {
            for (ShiftUnit unit : values()) {
                if (unit.name().equalsIgnoreCase(name)) {
                    return unit;
                }
            }
        }
        throw new EvaluationException("Unsupported time-shift units: " + name
                + " (use years, days, hours, minutes or seconds)");
    }
}
