package org.wpo.dsl.workspace;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/**
 * Turns Xtext's issues into plain diagnostics that carry only WPO issue codes. The language server
 * maps codes with {@link #code(Issue)} too, so that both report the same codes.
 */
public final class IssueConverter {

	private IssueConverter() {
	}

	/**
	 * The diagnostic of one issue, as `wpo check` prints it and the editor reports it: a WPO code, a
	 * position from 1 (and its end where Xtext knows the issue's text), and long quoted names cut.
	 */
	public static WpoDiagnostic convert(String displayPath, Issue issue) {
		int line = issue.getLineNumber() == null || issue.getLineNumber() < 1 ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null || issue.getColumn() < 1 ? 1 : issue.getColumn();
		int endLine = 0;
		int endColumn = 0;
		Integer lineEnd = issue.getLineNumberEnd();
		Integer columnEnd = issue.getColumnEnd();
		if (lineEnd != null && columnEnd != null && issue.getLength() != null && issue.getLength() > 0
				&& (lineEnd > line || lineEnd == line && columnEnd > column)) {
			endLine = lineEnd;
			endColumn = columnEnd;
		}
		return new WpoDiagnostic(displayPath, line, column, severity(issue), code(issue),
				shortenQuotedNames(issue.getMessage()), endLine, endColumn);
	}

	/** The longest name quoted whole in a message; longer ones are cut, so that a line stays readable. */
	static final int MAX_QUOTED_NAME = 120;

	/**
	 * Cuts every name quoted in a message ('...') that is longer than {@link #MAX_QUOTED_NAME}
	 * characters to its start and its length, so that a name of a million characters gives a line
	 * of normal length: 'MS-NNNN…' (1,000,003 characters).
	 */
	public static String shortenQuotedNames(String message) {
		if (message == null || message.length() <= MAX_QUOTED_NAME) {
			return message;
		}
		StringBuilder shortened = new StringBuilder();
		int from = 0;
		while (from < message.length()) {
			int open = message.indexOf('\'', from);
			int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
			if (close < 0) {
				shortened.append(message, from, message.length());
				break;
			}
			int nameLength = close - open - 1;
			if (nameLength > MAX_QUOTED_NAME) {
				shortened.append(message, from, open + 1 + MAX_QUOTED_NAME / 2).append("\u2026' (")
						.append(String.format("%,d", nameLength)).append(" characters)");
			} else {
				shortened.append(message, from, close + 1);
			}
			from = close + 1;
		}
		return shortened.toString();
	}

	/** Xtext's own codes become ours; codes of the WPO validator pass unchanged. */
	public static String code(Issue issue) {
		String code = issue.getCode();
		if (code != null && code.startsWith("wpo.")) {
			return code;
		}
		if (issue.isSyntaxError() || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)
				|| Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(code)) {
			return WpoIssueCodes.SYNTAX_ERROR;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return WpoIssueCodes.UNRESOLVED_REFERENCE;
		}
		return code == null ? WpoIssueCodes.UNCLASSIFIED : code;
	}

	private static Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
	}
}
