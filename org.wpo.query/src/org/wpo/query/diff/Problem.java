package org.wpo.query.diff;

/**
 * A problem {@code wpo check} reports, as a comparison sees it: the same problem in two versions is
 * the same severity, code and message wherever it is.
 *
 * @param file     where it is in the model it was found in, as the checker names the file
 * @param line     1-based line
 * @param column   1-based column
 * @param severity error, warning or info
 * @param code     the issue code
 * @param message  the sentence for the user
 */
public record Problem(String file, int line, int column, String severity, String code, String message) {

	/** What identifies the problem between two versions: not its place. */
	String key() {
		return severity + "\u0000" + code + "\u0000" + message;
	}

	/** The check's own form: {@code file:line:column: severity: code: message}. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + code + ": " + message;
	}
}
