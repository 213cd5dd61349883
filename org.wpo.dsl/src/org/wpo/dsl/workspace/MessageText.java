package org.wpo.dsl.workspace;

import java.util.Locale;

/**
 * Small pieces of the one-line messages the tool writes (the command line, the Maven plugin, the
 * checker's log capture, the hover, the report): counts with their noun, and a failure described
 * in a line instead of a stack trace.
 */
public final class MessageText {

	private MessageText() {
	}

	/** A count and its noun, plural unless the count is one: {@code 1 error}, {@code 3 warnings}. */
	public static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/** The innermost cause's class and the first line of its message, such as {@code IllegalStateException: no model}. */
	public static String describe(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
	}

	/** The first line of a text, without surrounding blanks; "" for null. */
	public static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip();
	}

	/** The text with its first letter in lower case, to continue a sentence. */
	public static String lowercaseFirst(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
	}
}
