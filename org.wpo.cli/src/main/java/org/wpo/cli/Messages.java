package org.wpo.cli;

import java.util.Locale;

/** The one-line messages wpo writes to stderr when it cannot do its job. */
final class Messages {

	static final String PREFIX = "wpo: ";

	private Messages() {
	}

	static String problem(String message) {
		return PREFIX + message;
	}

	/** A failure of the tool itself: the class name helps a bug report, a stack trace would only scare. */
	static String internalError(Throwable e) {
		if (causes(e).anyMatch(OutOfMemoryError.class::isInstance)) {
			// Not a bug but a model too large for the heap the JVM chose (a quarter of the memory by default).
			return PREFIX + String.format(Locale.ROOT, "out of memory: the model does not fit in the Java heap of %,d MB;"
					+ " give the JVM more, for example JAVA_TOOL_OPTIONS=-Xmx4g", Runtime.getRuntime().maxMemory() >> 20);
		}
		return PREFIX + "internal error: " + describe(e);
	}

	private static java.util.stream.Stream<Throwable> causes(Throwable e) {
		return java.util.stream.Stream.iterate(e, c -> c != null, c -> c.getCause() == c ? null : c.getCause()).limit(100);
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

	/** The one line for output that cannot be written, such as {@code wpo: cannot write into out (permission denied)}. */
	static String cannotWrite(String what, java.io.IOException e) {
		return problem("cannot write " + what + " (" + org.wpo.dsl.workspace.SourceFileCollector.reason(e) + ")");
	}

	static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip();
	}

	static String lowercaseFirst(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
	}

	static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
