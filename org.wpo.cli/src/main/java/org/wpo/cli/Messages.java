package org.wpo.cli;

import java.util.Locale;

import org.wpo.dsl.workspace.MessageText;

/** The one-line messages wpo writes to stderr when it cannot do its job (their pieces: {@link MessageText}). */
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
		return PREFIX + "internal error: " + MessageText.describe(e);
	}

	private static java.util.stream.Stream<Throwable> causes(Throwable e) {
		return java.util.stream.Stream.iterate(e, c -> c != null, c -> c.getCause() == c ? null : c.getCause()).limit(100);
	}

	/** The one line for output that cannot be written, such as {@code wpo: cannot write into out (permission denied)}. */
	static String cannotWrite(String what, java.io.IOException e) {
		return problem("cannot write " + what + " (" + org.wpo.dsl.workspace.SourceFileCollector.reason(e) + ")");
	}
}
