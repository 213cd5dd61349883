package org.wpo.query.diff;

import java.util.List;

/**
 * A difference as plain text: one heading line per area, its differences indented beneath, then the
 * new problems in the check's own form, then the fixed ones (where they were in the old version), then
 * a summary line. With no difference, the one line
 * {@code no differences}.
 */
public final class TextDiffWriter {

	private TextDiffWriter() {
	}

	public static String write(ModelDiff diff) {
		StringBuilder text = new StringBuilder();
		for (String area : diff.areas()) {
			text.append(area).append('\n');
			DiffLines.of(diff, area).forEach(line -> text.append("  ").append(line).append('\n'));
		}
		problems(text, "new problems", diff.newProblems());
		problems(text, "fixed problems", diff.fixedProblems());
		return text.append(diff.summary()).append('\n').toString();
	}

	private static void problems(StringBuilder text, String heading, List<Problem> problems) {
		if (!problems.isEmpty()) {
			text.append(heading).append('\n');
			problems.forEach(problem -> text.append("  ").append(problem.format()).append('\n'));
		}
	}
}
