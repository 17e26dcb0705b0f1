/**
 * The script front end: text in, immutable AST with exact ranges plus syntax diagnostics out.
 *
 * <p>{@link org.anonscript.script.ScriptParser} is the entry point. It chooses the dialect with
 * {@link org.anonscript.script.DialectDetector} (XNAT's exact version-line rule), runs the DE6 text
 * pipeline (line joining, comment removal) with a source map back to the user's text, lexes with the
 * ANTLR grammars of the {@code grammar} module, parses the whole script in one SLL pass and, only when
 * that fails, statement by statement (SLL, then LL) so that one bad line never hides the rest. Every
 * failed statement becomes a {@link org.anonscript.script.Statement.Erroneous} with at least one
 * diagnostic explaining it (DE001–DE010, DE106, DE201–DE205).
 */
package org.anonscript.script;
