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

	static WpoDiagnostic convert(String displayPath, Issue issue) {
		int line = issue.getLineNumber() == null || issue.getLineNumber() < 1 ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null || issue.getColumn() < 1 ? 1 : issue.getColumn();
		return new WpoDiagnostic(displayPath, line, column, severity(issue), code(issue), issue.getMessage());
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
