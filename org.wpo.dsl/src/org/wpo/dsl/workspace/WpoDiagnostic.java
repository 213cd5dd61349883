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
 * @param endLine   1-based line of the end of the text the problem is about, 0 where unknown
 * @param endColumn 1-based column just after that text (on {@code endLine}), 0 where unknown
 */
public record WpoDiagnostic(String file, int line, int column, Severity severity, String code, String message,
		int endLine, int endColumn) {

	/** A problem at one position, whose end is unknown. */
	public WpoDiagnostic(String file, int line, int column, Severity severity, String code, String message) {
		this(file, line, column, severity, code, message, 0, 0);
	}

	/** Whether the end of the text the problem is about is known. */
	public boolean hasEnd() {
		return endLine > 0 && endColumn > 0;
	}

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
