package org.wpo.dsl.workspace;

import java.util.Comparator;
import java.util.Locale;

/**
 * One problem found in a checked file, as plain data so that tools need no Xtext types to print or
 * map it.
 *
 * @param file     the file as the user named it, or relative to the folder the user named
 * @param line     1-based line
 * @param column   1-based column, counted in characters
 * @param severity how bad it is
 * @param code     the stable issue code, one of {@link org.wpo.dsl.validation.WpoIssueCodes}
 * @param message  a sentence for the user
 */
public record WpoDiagnostic(String file, int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		/** The lowercase word used in output: error, warning, info. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Orders by position inside one file; files are ordered by the caller, which knows their order. */
	public static final Comparator<WpoDiagnostic> BY_POSITION = Comparator.comparingInt(WpoDiagnostic::line)
			.thenComparingInt(WpoDiagnostic::column)
			.thenComparing(WpoDiagnostic::severity)
			.thenComparing(WpoDiagnostic::code)
			.thenComparing(WpoDiagnostic::message);

	/** The conventional compiler form {@code file:line:column: severity: code: message}. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + code + ": " + message;
	}
}
