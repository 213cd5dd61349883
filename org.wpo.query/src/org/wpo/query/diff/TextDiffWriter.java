package org.wpo.query.diff;

/**
 * A difference as plain text: one heading line per area, its differences indented beneath, then the
 * new problems in the check's own form, then a summary line. With no difference, the one line
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
		if (!diff.newProblems().isEmpty()) {
			text.append("new problems\n");
			diff.newProblems().forEach(problem -> text.append("  ").append(problem.format()).append('\n'));
		}
		return text.append(diff.summary()).append('\n').toString();
	}
}
