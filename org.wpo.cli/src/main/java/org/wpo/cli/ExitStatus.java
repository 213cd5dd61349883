package org.wpo.cli;

/** The exit statuses of every wpo command. */
public final class ExitStatus {

	/** The model has no errors (warnings are allowed). */
	public static final int OK = 0;

	/** The model has at least one error. */
	public static final int ERRORS = 1;

	/** The command could not run: wrong usage, missing or unreadable input, internal failure. */
	public static final int USAGE_OR_INPUT = 2;

	private ExitStatus() {
	}
}
