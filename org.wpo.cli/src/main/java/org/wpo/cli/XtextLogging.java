package org.wpo.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Xtext and EMF log through log4j; left alone, log4j prints warnings and stack traces into the
 * command's output. Instead, errors they log (for instance a validation rule that failed) are kept
 * here so that the command can report them as one line each and fail.
 */
final class XtextLogging extends AppenderSkeleton {

	private static final XtextLogging INSTANCE = new XtextLogging();

	private final List<String> errors = new ArrayList<>();

	private XtextLogging() {
	}

	static synchronized void install() {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(Level.ERROR);
		root.addAppender(INSTANCE);
	}

	/** The errors logged since the last call, as one-line messages; clears them. */
	static List<String> takeErrors() {
		synchronized (INSTANCE) {
			List<String> taken = List.copyOf(INSTANCE.errors);
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
			Throwable thrown = event.getThrowableInformation().getThrowable();
			message += " (" + Messages.describe(thrown) + ")";
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
