package org.wpo.maven;

/** Small helpers for the one-line messages the plugin writes. */
final class Messages {

	private Messages() {
	}

	/** The innermost cause's class and message, such as {@code IllegalStateException: no model}. */
	static String describe(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String detail = root.getMessage() == null ? "" : ": " + firstLine(root.getMessage());
		return root.getClass().getSimpleName() + detail;
	}

	static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip();
	}

	static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
