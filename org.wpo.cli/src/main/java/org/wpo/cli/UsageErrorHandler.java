package org.wpo.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import org.wpo.dsl.workspace.MessageText;

/**
 * Reports a wrong command line in one line on stderr, with a pointer to --help, instead of
 * picocli's full usage text.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException e, String[] args) {
		CommandLine commandLine = e.getCommandLine();
		String name = commandLine.getCommandSpec().qualifiedName();
		commandLine.getErr().println(Messages.problem(describe(e) + " (see '" + name + " --help')"));
		commandLine.getErr().flush();
		return ExitStatus.USAGE_OR_INPUT;
	}

	private static String describe(ParameterException e) {
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			if (unmatched.isUnknownOption()) {
				return "unknown option: " + first;
			}
			boolean topLevel = e.getCommandLine().getParent() == null
					&& !e.getCommandLine().getSubcommands().isEmpty();
			return (topLevel ? "unknown command: " : "unexpected argument: ") + first;
		}
		return MessageText.lowercaseFirst(MessageText.firstLine(String.valueOf(e.getMessage())));
	}
}
