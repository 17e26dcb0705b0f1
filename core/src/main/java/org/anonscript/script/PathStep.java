package org.anonscript.script;

import java.util.Optional;

/** One step of a tag path (spec §3.3): a tag with an optional item selector, or a level wildcard. */
public sealed interface PathStep extends Node {

    /** {@code (gggg,eeee)} optionally followed by {@code [n]} or {@code [%]}. */
    record TagStep(TagPattern tag, Optional<Expression.ItemSelector> item, Range range) implements PathStep {
    }

    /** {@code *} (zero or more levels), {@code +} (one or more) or {@code .} (exactly one). */
    record LevelWildcard(Level level, Range range) implements PathStep {
    }

    enum Level {
        ANY("*"), ONE_OR_MORE("+"), ONE(".");

        private final String symbol;

        Level(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
