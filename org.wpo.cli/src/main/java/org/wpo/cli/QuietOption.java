package org.wpo.cli;

import java.io.PrintWriter;

import org.wpo.dsl.workspace.Progress;

import picocli.CommandLine.Option;

/** {@code --quiet}: no progress lines on stderr for long runs. */
final class QuietOption {

	@Option(names = { "-q", "--quiet" }, description = "Print no progress on stderr for long runs.")
	boolean quiet;

	/** Progress lines such as {@code wpo: loaded 300 of 1200 files} on stderr, unless quiet. */
	Progress progress(PrintWriter err) {
		return quiet ? Progress.NONE : message -> {
			err.println(Messages.problem(message));
			err.flush();
		};
	}
}
