package org.wpo.query.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A difference as Markdown for a pull request comment: a heading, the summary, a section per area
 * with one bullet per difference, the new problems and the fixed ones. Text from the model is escaped, so that a
 * name or a message cannot add links, emphasis or HTML to the comment.
 */
public final class MarkdownDiffWriter {

	private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#|~&]");

	private MarkdownDiffWriter() {
	}

	public static String write(ModelDiff diff) {
		StringBuilder text = new StringBuilder("### WPO model changes\n\n");
		if (diff.isEmpty()) {
			return text.append("No differences.\n").toString();
		}
		text.append(capitalized(diff.summary())).append(".\n");
		for (String area : diff.areas()) {
			text.append("\n#### ").append(escape(area)).append("\n\n");
			DiffLines.of(diff, area).forEach(line -> text.append("- ").append(escape(line)).append('\n'));
		}
		problems(text, "New problems", diff.newProblems());
		problems(text, "Fixed problems", diff.fixedProblems());
		return text.toString();
	}

	private static void problems(StringBuilder text, String heading, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		text.append("\n#### ").append(heading).append("\n\n");
		for (Problem problem : problems) {
			text.append("- ").append(escape(problem.file() + ":" + problem.line() + ":" + problem.column()))
					.append(": **").append(problem.severity()).append("** ").append(escape(problem.code()))
					.append(": ").append(escape(problem.message())).append('\n');
		}
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** Every character Markdown could read as markup, escaped with a backslash; arrows as arrows. */
	static String escape(String text) {
		String arrows = text.replace(" -> ", " \u2192 ").replace('\n', ' ').replace('\r', ' ');
		return SPECIAL.matcher(arrows).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
	}
}
