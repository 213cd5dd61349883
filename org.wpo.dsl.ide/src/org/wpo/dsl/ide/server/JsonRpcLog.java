package org.wpo.dsl.ide.server;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.apache.log4j.Logger;

/**
 * Sends what LSP4J logs (through java.util.logging, whose default handler prints two lines and a
 * stack trace per record on stderr) to log4j, where Xtext's messages go and which the server's user
 * configures ({@code wpo lsp}: one line each on stderr). Each record becomes one line: its message
 * and its exception's message, without the trace.
 */
final class JsonRpcLog extends Handler {

	/** Held here: java.util.logging keeps its loggers only weakly, and with them their handlers. */
	private static final java.util.logging.Logger LSP4J = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");

	private final SimpleFormatter formatter = new SimpleFormatter();

	private JsonRpcLog() {
	}

	/** Routes LSP4J's log to log4j (once per class loader). */
	static synchronized void install() {
		for (Handler handler : LSP4J.getHandlers()) {
			if (handler instanceof JsonRpcLog) {
				return;
			}
		}
		LSP4J.setUseParentHandlers(false);
		LSP4J.addHandler(new JsonRpcLog());
	}

	@Override
	public void publish(LogRecord record) {
		Logger logger = Logger.getLogger(record.getLoggerName() == null ? "org.eclipse.lsp4j" : record.getLoggerName());
		org.apache.log4j.Level level = level(record.getLevel());
		if (!logger.isEnabledFor(level)) {
			return;
		}
		String text = formatter.formatMessage(record);
		if (record.getThrown() != null) {
			text += " (" + record.getThrown() + ")";
		}
		logger.log(level, text.replaceAll("\\s*\\R\\s*", " "));
	}

	private static org.apache.log4j.Level level(Level level) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			return org.apache.log4j.Level.ERROR;
		}
		if (level.intValue() >= Level.WARNING.intValue()) {
			return org.apache.log4j.Level.WARN;
		}
		if (level.intValue() >= Level.INFO.intValue()) {
			return org.apache.log4j.Level.INFO;
		}
		return org.apache.log4j.Level.DEBUG;
	}

	@Override
	public void flush() {
		// log4j's appenders flush themselves.
	}

	@Override
	public void close() {
		// Nothing held.
	}
}
