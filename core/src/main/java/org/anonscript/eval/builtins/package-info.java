/**
 * The value-level semantics of DicomEdit's built-in functions and conditions, independent of any DICOM
 * dataset: the evaluator reads elements and variables, calls these pure functions on the resulting text,
 * and writes the results back. Each class reproduces the reference engine's behaviour, including which
 * inputs are runtime errors ({@link org.anonscript.eval.EvaluationException}, which the evaluator
 * attaches to the statement's range).
 *
 * <ul>
 * <li>{@link org.anonscript.eval.builtins.DateTimeShifter}, {@link org.anonscript.eval.builtins.DicomDateTime},
 * {@link org.anonscript.eval.builtins.ShiftUnit}: the {@code shift…} functions (spec §12.2).</li>
 * <li>{@link org.anonscript.eval.builtins.TextFunctions}: {@code format}, {@code concatenate},
 * {@code lowercase}, {@code uppercase}, {@code substring}, {@code replace}, {@code match}, {@code ismatch},
 * {@code normalizeString}, DE4 {@code urlEncode} (spec §8.3, §8.4).</li>
 * <li>{@link org.anonscript.eval.builtins.Conditions}, {@link org.anonscript.eval.builtins.RegexCache}:
 * {@code = != ~ !~} and truthiness (spec §5, §7.4).</li>
 * <li>{@link org.anonscript.eval.builtins.SessionLabels}, {@link org.anonscript.eval.builtins.ModalityLabel},
 * {@link org.anonscript.eval.builtins.LookupTable}: host features ({@code makeSessionLabel},
 * {@code modalityLabel}, {@code lookup}).</li>
 * <li>{@link org.anonscript.eval.builtins.AgeCapping}: {@code scalePatientAgeAndDobFromStudyDate} (spec §12.5).</li>
 * <li>{@link org.anonscript.eval.builtins.IntegerArgument}: numeric arguments, read as the reference reads them.</li>
 * </ul>
 */
package org.anonscript.eval.builtins;
