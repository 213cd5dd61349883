package org.wpo.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an exception escaping a command into one line on stderr and exit status 2. */
final class InternalErrorHandler implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
		commandLine.getErr().println(Messages.internalError(e));
		commandLine.getErr().flush();
		return ExitStatus.USAGE_OR_INPUT;
	}
}
