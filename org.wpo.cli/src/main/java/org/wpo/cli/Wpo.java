package org.wpo.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Entry point of the {@code wpo} command line: builds the command and maps every outcome to an exit status. */
public final class Wpo {

	private Wpo() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		int status = run(out, err, args);
		out.flush();
		err.flush();
		System.exit(status);
	}

	/** Runs one command line, writing to the given streams; never throws. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		try {
			return commandLine(out, err).execute(args);
		} catch (Throwable e) {
			// The boundary of the process: whatever picocli did not catch (errors, a failure while
			// building the command) becomes one line instead of a stack trace.
			err.println(Messages.internalError(e));
			err.flush();
			return ExitStatus.USAGE_OR_INPUT;
		}
	}

	/** The configured command line, so that tests can drive it with captured output. */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new WpoCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler(new UsageErrorHandler());
		commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
		return commandLine;
	}
}
