package org.wpo.dsl.workspace;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Xtext and EMF log through log4j; left alone, log4j prints warnings and stack traces into a tool's
 * output. Installed, this keeps the errors they log (for instance a validation rule that failed) as
 * one-line messages, so that the command line and the Maven plugin can report each in one line and
 * fail. It configures the log4j of the class loader that loaded it.
 */
public final class LogCapture extends AppenderSkeleton {

	private static final LogCapture INSTANCE = new LogCapture();

	private final List<String> errors = new ArrayList<>();

	private LogCapture() {
	}

	/** Sends log4j's errors here and nothing anywhere else. */
	public static synchronized void install() {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(Level.ERROR);
		root.addAppender(INSTANCE);
	}

	/** The errors logged since the last call, each once, as one-line messages; clears them. */
	public static List<String> takeErrors() {
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
		String message = MessageText.firstLine(String.valueOf(event.getRenderedMessage()));
		if (event.getThrowableInformation() != null && event.getThrowableInformation().getThrowable() != null) {
			message += " (" + MessageText.describe(event.getThrowableInformation().getThrowable()) + ")";
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
