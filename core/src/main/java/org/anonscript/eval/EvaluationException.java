package org.anonscript.eval;

/**
 * A runtime error of a DicomEdit script (spec §11.9): processing of the current object stops and the
 * message is reported against the range of the statement being executed.
 *
 * <p>Built-ins throw it without knowing where they were called from; the evaluator catches it, attaches
 * the statement's range and turns it into an error outcome. It is unchecked so that value-level helpers
 * stay plain functions.
 */
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
