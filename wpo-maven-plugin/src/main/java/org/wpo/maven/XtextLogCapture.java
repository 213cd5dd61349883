package org.wpo.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Xtext and EMF log through log4j; left alone, log4j prints warnings and stack traces on the
 * console in the middle of Maven's log. Instead, the errors they log (for instance a validation
 * rule that failed) are kept here as one-line messages, so that the goal can report them through
 * Maven's log and fail. The plugin has its own class realm, so this configures only the log4j
 * that the plugin loaded.
 */
final class XtextLogCapture extends AppenderSkeleton {

	private static final XtextLogCapture INSTANCE = new XtextLogCapture();

	private final List<String> errors = new ArrayList<>();

	private XtextLogCapture() {
	}

	static synchronized void install() {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(Level.ERROR);
		root.addAppender(INSTANCE);
	}

	/** The errors logged since the last call, each once, as one-line messages; clears them. */
	static List<String> takeErrors() {
		synchronized (INSTANCE) {
			List<String> taken = INSTANCE.errors.stream().distinct().toList();
			INSTANCE.errors.clear();
			return taken;
		}
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			return;
		}
		String message = Messages.firstLine(String.valueOf(event.getRenderedMessage()));
		if (event.getThrowableInformation() != null && event.getThrowableInformation().getThrowable() != null) {
			message += " (" + Messages.describe(event.getThrowableInformation().getThrowable()) + ")";
		}
		errors.add(message);
	}

	@Override
	public void close() {
		// Nothing to release: the messages live in memory.
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
