package org.anonscript.eval;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets a host stop an evaluation running on its own thread (an editor's cancelled test-run): the run
 * checks between statements and every few thousand characters a regular expression reads, so even a
 * pattern that backtracks for ever ends. Without a host's condition nothing is checked or wrapped.
 */
public final class RunStop {

    /** Characters a regular expression reads between two checks. */
    static final int CHECK_EVERY = 4096;

    private static final ThreadLocal<BooleanSupplier> CONDITION = new ThreadLocal<>();

    private RunStop() {
    }

    /** Runs {@code work} (e.g. {@code Evaluator.apply}) so that it stops with an error once {@code stopRequested} holds. */
    public static <T> T stoppable(BooleanSupplier stopRequested, Supplier<T> work) {
        BooleanSupplier previous = CONDITION.get();
        CONDITION.set(stopRequested);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CONDITION.remove();
            } else {
                CONDITION.set(previous);
            }
        }
    }

    /** Throws when the host asked this thread's run to stop. */
    static void check() {
        BooleanSupplier condition = CONDITION.get();
        if (condition != null && condition.getAsBoolean()) {
            throw stopped();
        }
    }

    /** {@code text} for a regex matcher: checked every {@link #CHECK_EVERY} reads while a host condition applies. */
    public static CharSequence watched(CharSequence text) {
        BooleanSupplier condition = CONDITION.get();
        return condition == null ? text : new Watched(text, condition);
    }

    private static EvaluationException stopped() {
        return new EvaluationException("stopped: the run was cancelled");
    }

    private static final class Watched implements CharSequence {
        private final CharSequence text;
        private final BooleanSupplier condition;
        private int reads;

        Watched(CharSequence text, BooleanSupplier condition) {
            this.text = text;
            this.condition = condition;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && condition.getAsBoolean()) {
                throw stopped();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
