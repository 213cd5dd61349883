package org.wpo.robustness;

import java.util.List;
import java.util.Map;

import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/** What must hold of every check, whatever the input. */
final class Invariants {

	private Invariants() {
	}

	/**
	 * No internal failure was logged, and every error names one of the checked files, a line of it and
	 * a column within that line (the column just after the last character counts, as for a missing
	 * token at the end of a line or of the file).
	 */
	static void assertWellPlaced(Tool.Checked checked) {
		if (!checked.internalErrors().isEmpty()) {
			throw new AssertionError("internal errors: " + checked.internalErrors() + inputs(checked));
		}
		for (WpoDiagnostic diagnostic : checked.result().diagnostics()) {
			if (diagnostic.severity() != Severity.ERROR) {
				continue;
			}
			String problem = misplacement(diagnostic, checked.texts());
			if (problem != null) {
				throw new AssertionError(problem + ": " + diagnostic.format() + inputs(checked));
			}
		}
	}

	/** The checked texts that are not built-in files as Java string literals, to rerun them exactly. */
	private static String inputs(Tool.Checked checked) {
		StringBuilder out = new StringBuilder();
		checked.texts().forEach((file, text) -> {
			if (!file.startsWith("wpo-library:") || text.length() < 2000) {
				out.append("\n--- ").append(file).append(":\n").append(escape(text));
			}
		});
		return out.toString();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c >= 0x20 && c < 0x7f) {
				out.append(c);
			} else {
				out.append(String.format("\\u%04x", (int) c));
			}
		}
		return out.append('"').toString();
	}

	static String misplacement(WpoDiagnostic diagnostic, Map<String, String> texts) {
		if (diagnostic.file() == null || diagnostic.code() == null || diagnostic.message() == null) {
			return "incomplete diagnostic";
		}
		String text = texts.get(diagnostic.file());
		if (text == null) {
			return "names no checked file";
		}
		List<String> lines = lines(text);
		if (diagnostic.line() < 1 || diagnostic.line() > lines.size()) {
			return "line outside the text (" + lines.size() + " lines)";
		}
		int length = lines.get(diagnostic.line() - 1).length();
		if (diagnostic.column() < 1 || diagnostic.column() > length + 1) {
			return "column outside line " + diagnostic.line() + " (" + length + " characters)";
		}
		return null;
	}

	/** The lines as editors count them: split at \n, \r\n and a lone \r; an empty text has one line. */
	static List<String> lines(String text) {
		return List.of(text.split("\r\n|\r|\n", -1));
	}
}
